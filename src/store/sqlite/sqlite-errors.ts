import { ParallaxError, isParallaxError } from '../../model/index.js';

/**
 * Turns a SQLite failure into a ParallaxError that says what to do. Read-only files, a full
 * disk and I/O errors are broken infrastructure, not problems of an input: the current
 * transaction is rolled back by the caller, and everything committed before stays stored.
 */
export function toStoreError(error: unknown, file: string): unknown {
  if (isParallaxError(error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  if (code.startsWith('SQLITE_READONLY')) {
    return new ParallaxError('PX022', `The store ${file} is read-only; make the file and its folder writable, or pass another --db file.`, { cause: error });
  }
  if (code === 'SQLITE_FULL') {
    return new ParallaxError('PX023', `The disk holding the store ${file} is full; free space and run again (what was stored before is kept).`, { cause: error });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_NOTADB') {
    return new ParallaxError('PX020', `Cannot open the store ${file} (${code}); check the path and that it is a Parallax SQLite database.`, { cause: error });
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CORRUPT')) {
    return new ParallaxError('PX024', `The store ${file} failed to read or write (${code}); check the disk, then run again.`, { cause: error });
  }
  return error;
}

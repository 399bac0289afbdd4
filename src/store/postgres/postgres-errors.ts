import { ParallaxError, isParallaxError } from '../../model/index.js';

/** Turns a PostgreSQL or connection failure into a ParallaxError that says what to do. */
export function toPostgresStoreError(error: unknown, where: string): unknown {
  if (isParallaxError(error)) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return error;
  if (code === '25006' || code === '42501') {
    return new ParallaxError('PX022', `The PostgreSQL store ${where} is read-only or not writable by this user; grant write access or use another database.`, { cause: error });
  }
  if (code === '53100') {
    return new ParallaxError('PX023', `The disk of the PostgreSQL store ${where} is full; free space and run again (what was stored before is kept).`, { cause: error });
  }
  if (code.startsWith('08') || ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET', '3D000', '28P01', '28000'].includes(code)) {
    return new ParallaxError('PX020', `Cannot reach the PostgreSQL store ${where} (${code}); check that the server runs and the connection settings.`, { cause: error });
  }
  if (code.startsWith('53') || code.startsWith('58') || code === 'XX001' || code === 'XX002') {
    return new ParallaxError('PX024', `The PostgreSQL store ${where} failed to read or write (${code}); check the server, then run again.`, { cause: error });
  }
  return error;
}

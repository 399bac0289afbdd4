import chardet from 'chardet';
import iconv from 'iconv-lite';

/** How far into a page its `<meta charset>` may sit; browsers look in the first 1024 bytes, pages spill over. */
const CHARSET_SCAN_BYTES = 4096;

/**
 * HTML bytes as text: UTF-8 when the bytes are valid UTF-8 (whatever the page declares: saved
 * copies are often re-encoded and keep a stale `charset`), else the declared charset, else
 * chardet's guess, else Windows-1252. For evaluation data; the reader layer owns decoding in use.
 */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return utf8.replace(/^\uFEFF/, '');
  const declared = declaredCharset(bytes);
  const guessed = chardet.detect(bytes);
  for (const charset of [declared, guessed, 'windows-1252']) {
    if (charset && iconv.encodingExists(charset)) return iconv.decode(Buffer.from(bytes), charset);
  }
  return Buffer.from(bytes).toString('latin1');
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, CHARSET_SCAN_BYTES)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ?? null;
}

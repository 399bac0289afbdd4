import { findBom } from './decode-text.js';

/** How much of an input detection looks at: enough for a doctype, a header block or a record. */
export const SNIFF_BYTES = 8 * 1024;

/** Signatures of formats that are never article text (images, documents, archives, media). */
const BINARY_SIGNATURES: ReadonlyArray<{ name: string; bytes: number[] }> = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'a RIFF (WebP, WAV or AVI) file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'a bzip2 archive', bytes: [0x42, 0x5a, 0x68] },
  { name: 'an xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf] },
];

/**
 * Control characters other than tab, line feed, form feed and carriage return: in text they are
 * rare; above this share of the sniffed bytes, the input is binary.
 */
const MAX_CONTROL_SHARE = 0.1;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * What kind of binary the bytes are ("a PNG image", "binary data"), or null for text.
 * A NUL byte means binary, unless a UTF-16 byte-order mark says the NULs are half of characters.
 */
export function describeBinary(bytes: Uint8Array): string | null {
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((byte, index) => bytes[index] === byte)) return signature.name;
  }
  const bom = findBom(bytes);
  if (bom && bom.encoding !== 'utf8') return null;
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data (it contains NUL bytes)';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls += 1;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE ? 'binary data' : null;
}

/** The first bytes as Latin-1 text with the BOM removed: for cheap pattern tests in `detect`. */
export function sniffText(bytes: Uint8Array): string {
  const start = findBom(bytes)?.length ?? 0;
  return Buffer.from(bytes.subarray(start, start + SNIFF_BYTES)).toString('latin1');
}

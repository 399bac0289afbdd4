import { createHash } from 'node:crypto';

/** A short, stable identifier of a string: the first 16 hex digits of its SHA-256. */
export function stableHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

/** murmur3's 32-bit finalizer: every input bit moves about half the output bits (unsigned result). */
export function mix32(value: number): number {
  let hash = value;
  hash ^= hash >>> 16; hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13; hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

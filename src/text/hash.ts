import { createHash } from 'node:crypto';

/** A short, stable identifier of a string: the first 16 hex digits of its SHA-256. */
export function stableHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

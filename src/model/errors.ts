/**
 * Errors for bugs and broken infrastructure (never for a problem of one input: that is a Message).
 * Each has a stable code (`PX` + three digits) and a sentence that says what to do.
 *
 * | code  | meaning |
 * | ----- | ------- |
 * | PX001 | a pipeline needs a field that no earlier stage provides |
 * | PX002 | a pipeline has two stages with one name |
 * | PX010 | a command-line argument is invalid |
 * | PX020 | the store cannot be opened or migrated |
 * | PX021 | the store was written by a newer version |
 * | PX022 | the store is read-only |
 * | PX023 | the disk holding the store is full |
 * | PX024 | the store failed to read or write (I/O error, corruption) |
 * | PX030 | evaluation data is missing or malformed |
 * | PX040 | a network fetch failed in a way the caller must handle |
 */
export type ErrorCode =
  | 'PX001' | 'PX002' | 'PX010' | 'PX020' | 'PX021' | 'PX022' | 'PX023' | 'PX024' | 'PX030' | 'PX040';

export class ParallaxError extends Error {
  override readonly name = 'ParallaxError';
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(`${code}: ${message}`, options);
    this.code = code;
  }
}

export function isParallaxError(value: unknown): value is ParallaxError {
  return value instanceof ParallaxError;
}

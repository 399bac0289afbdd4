import type { Reader } from './reader.js';
import { READERS } from './readers.js';

/** What callers may pass to readInputs. */
export interface ReadOptions {
  /** The largest input read, in bytes (after gunzip); bigger inputs are refused with a message. */
  maxBytes?: number;
  /** How long one URL fetch may take, body included. */
  timeoutMs?: number;
  /** How many redirects one URL fetch follows. */
  maxRedirects?: number;
  /** Where `-` reads from. */
  stdin?: NodeJS.ReadableStream;
  /** The formats to try, in order. */
  readers?: readonly Reader[];
}

/** Every option filled: what the readers use. */
export interface NormalizedReadOptions {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
  /** Where `-` reads from; a function, because touching `process.stdin` opens it. */
  stdin: () => NodeJS.ReadableStream;
  readers: readonly Reader[];
}

/**
 * 20 MB: news pages weigh 50 KB–3 MB (the largest of the 181 ScrapingHub pages is under 2 MB);
 * a bigger input is rarely an article, and refusing it keeps memory far below 1 GB.
 */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_REDIRECTS = 5;

export function normalizeReadOptions(options: ReadOptions = {}): NormalizedReadOptions {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRedirects: options.maxRedirects ?? DEFAULT_MAX_REDIRECTS,
    stdin: () => options.stdin ?? process.stdin,
    readers: options.readers ?? READERS,
  };
}

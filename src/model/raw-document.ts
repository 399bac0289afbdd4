import type { Message } from './message.js';

/** Metadata a reader already knows before extraction (from a header block, a JSON record, a feed item). */
export interface DocumentHints {
  id?: string;
  url?: string;
  outlet?: string;
  title?: string;
  /** ISO 8601, as precise as known, never shifted to UTC. */
  publishedAt?: string;
  authors?: string[];
  language?: string;
}

/**
 * What a reader makes of bytes: decoded text, its kind, and what is already known about it.
 * `body` is HTML when `format` is `html`, article text otherwise.
 */
export interface RawDocument {
  /**
   * The path as given (joined with the folder for folder inputs), `-` for standard input, or the
   * URL; a record of a multi-record file adds `#<n>`: its line number in JSON Lines, its 1-based
   * index in a JSON array.
   */
  source: string;
  format: 'text' | 'html';
  body: string;
  /**
   * True when `body` is article text a caller already extracted (a JSON record's `text`):
   * extraction normalizes it but never cuts it (no scraped-text cleanup).
   */
  verbatim?: boolean;
  hints: DocumentHints;
  /** When a crawler captured the page (WARC date, HTTP Date), ISO 8601. */
  capturedAt?: string;
  messages: Message[];
}

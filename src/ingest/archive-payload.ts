import type { RawDocument } from '../model/index.js';
import { htmlReader } from './read-html.js';
import { mediaType } from './reader.js';

/** What an archive record captured: the page's bytes and how it was served. */
export interface CapturedPayload {
  /** `path#<record number>`. */
  source: string;
  url: string | null;
  /** ISO 8601 (WARC-Date, or the ARC 14-digit date as UTC). */
  capturedAt: string | null;
  /** HTTP status, or null for a resource record (no HTTP exchange). */
  status: number | null;
  contentType: string | null;
  body: Uint8Array;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * A captured page as a document when it is an HTML page that was served successfully (2xx or
 * no HTTP status); null otherwise (redirects, errors, images, scripts are not articles).
 * Decoding and charset detection are the HTML reader's.
 */
export function capturedDocument(payload: CapturedPayload): RawDocument | null {
  if (payload.status !== null && (payload.status < 200 || payload.status > 299)) return null;
  const type = mediaType(payload.contentType);
  if (type === null || !HTML_TYPES.has(type)) return null;
  if (payload.body.length === 0) return null;
  const [document] = htmlReader.read(payload.body, payload.source, {
    contentType: payload.contentType, url: payload.url, capturedAt: payload.capturedAt,
  }) as RawDocument[];
  return document ?? null;
}

/** "20140216050221" (ARC, UTC) → "2014-02-16T05:02:21Z"; null when it is not 14 digits. */
export function arcDate(digits: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(digits);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : null;
}

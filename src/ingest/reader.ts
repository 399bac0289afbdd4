import type { RawDocument } from '../model/index.js';

/** What a reader knows about where its bytes came from, besides the source name. */
export interface ReadContext {
  /** The Content-Type the bytes came with (an HTTP header), or null for files and standard input. */
  contentType: string | null;
  /** The final URL (after redirects) of a fetched input, or null. */
  url: string | null;
  /** When the bytes were captured (the HTTP Date of a fetch), ISO 8601, or null. */
  capturedAt: string | null;
}

/**
 * One input format. `detect` sees the path (for a URL: its path; `.gz` already stripped), the
 * first bytes (already gunzipped) and the HTTP content type; `read` turns the bytes into
 * documents, one per record (an array, or a generator for big multi-record files). The first reader in READERS whose `detect` says yes reads the input.
 * Problems of the input become messages on the documents; `read` never throws for them.
 */
export interface Reader {
  readonly name: string;
  detect(path: string, bytes: Uint8Array, contentType: string | null): boolean;
  read(bytes: Uint8Array, source: string, context: ReadContext): Iterable<RawDocument> | AsyncIterable<RawDocument>;
}

/** The media type of a Content-Type header, lowercased, without parameters ("text/html"). */
export function mediaType(contentType: string | null): string | null {
  if (!contentType) return null;
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

/** The path's extension after the last dot, lowercased, without the dot ("" when none). */
export function extensionOf(path: string): string {
  const name = path.split(/[/\\]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Media types that name one of our formats. text/plain and octet-stream say nothing (servers send them for anything). */
const DECLARED_FORMATS: Readonly<Record<string, string>> = {
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/json': 'json', 'text/json': 'json',
  'application/x-ndjson': 'jsonl', 'application/jsonl': 'jsonl', 'application/x-jsonlines': 'jsonl', 'application/jsonlines': 'jsonl',
};

/**
 * The format a Content-Type declares ("html", "json", "jsonl"), "other" for a type that is none
 * of ours (a feed, an image), or null when there is no telling type. A fetched page's declared
 * type wins over the extension of its URL.
 */
export function declaredFormat(contentType: string | null): string | null {
  const type = mediaType(contentType);
  if (type === null || type === 'text/plain' || type === 'application/octet-stream') return null;
  return DECLARED_FORMATS[type] ?? 'other';
}

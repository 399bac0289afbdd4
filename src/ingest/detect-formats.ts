import { extensionOf, mediaType } from './reader.js';
import { isGzip, sniffText } from './sniff-bytes.js';

// The tests that tell feeds, feed lists and web archives apart, kept apart from their readers:
// the readers pull in XML and WARC parsers (a quarter of a second to load), which an input
// that is none of these formats should never pay for.

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+xml']);
const FEED_EXTENSIONS = new Set(['rss', 'atom', 'rdf']);
/** A feed's root element, after an XML declaration, comments, processing instructions and a doctype. */
const FEED_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)\s*)*<(?:rss|feed|rdf:RDF|RDF)\b/i;
const OPML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<opml\b/i;

/** RSS, RDF or Atom: by content type, extension, or root element. */
export function isFeed(path: string, bytes: Uint8Array, contentType: string | null): boolean {
  const type = mediaType(contentType);
  if (type !== null && FEED_TYPES.has(type)) return true;
  if (FEED_EXTENSIONS.has(extensionOf(path))) return true;
  return FEED_START.test(sniffText(bytes));
}

/** An OPML list of feeds: by content type, extension, or root element. */
export function isOpml(path: string, bytes: Uint8Array, contentType: string | null): boolean {
  if (mediaType(contentType) === 'text/x-opml' || extensionOf(path) === 'opml') return true;
  return OPML_START.test(sniffText(bytes));
}

/** A WARC file: by extension, or (unzipped) by its version line. */
export function isWarc(path: string, bytes: Uint8Array): boolean {
  if (/\.warc(\.gz)?$/i.test(path)) return true;
  return !isGzip(bytes) && sniffText(bytes).startsWith('WARC/');
}

/** An ARC file: by extension, or (unzipped) by its `filedesc://` header. */
export function isArc(path: string, bytes: Uint8Array): boolean {
  if (/\.arc(\.gz)?$/i.test(path)) return true;
  return !isGzip(bytes) && sniffText(bytes).startsWith('filedesc://');
}

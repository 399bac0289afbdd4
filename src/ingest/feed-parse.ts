import { ParseError, parseFeed } from 'feedsmith';
import type { Message } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import { decodeText } from './decode-text.js';
import { toFeedRecord, type FeedRecord } from './feed-record.js';
import { guardFeedXml } from './feed-xml-guard.js';
import { decodeBase64Constructs } from './feed-base64.js';

export type ParsedFeed = { record: FeedRecord; messages: Message[] } | { failed: Message; messages: Message[] };

const XML_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/** Feed bytes → text: byte-order mark, then the HTTP charset, then the XML declaration's encoding. */
export function decodeFeedBytes(bytes: Uint8Array, contentType: string | null): { text: string; messages: Message[] } {
  const httpCharset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const declared = XML_ENCODING.exec(head)?.[1] ?? null;
  const decoded = decodeText(bytes, [httpCharset, declared]);
  return { text: decoded.text, messages: decoded.messages };
}

/**
 * Feed text → FeedRecord, through the entity guard and feedsmith (which leaves DOCTYPE entities
 * unexpanded and refuses external ones). Any parse failure is a message naming the source.
 */
export function parseFeedText(text: string, source: string): ParsedFeed {
  const guarded = guardFeedXml(text.replace(/^\uFEFF/, ''), source);
  const messages = [...guarded.messages];
  try {
    const parsed = parseFeed(decodeBase64Constructs(guarded.xml)) as { format: string; feed: unknown };
    if (parsed.format === 'json') return { failed: unreadable(source, 'it is a JSON Feed, not RSS, RDF or Atom'), messages };
    return { record: toFeedRecord(parsed.format, parsed.feed), messages };
  } catch (error) {
    // feedsmith's ParseError: well-formed XML whose feed holds nothing it keeps (no title, no items).
    if (error instanceof ParseError) return { record: emptyRecord(guarded.xml), messages };
    return { failed: unreadable(source, describe(error)), messages };
  }
}

function emptyRecord(xml: string): FeedRecord {
  const format = /<feed\b/i.test(xml) ? 'atom' : /<(rdf:)?RDF\b/i.test(xml) ? 'rdf' : 'rss';
  return { format, title: null, link: null, entries: [] };
}

function unreadable(source: string, reason: string): Message {
  return makeMessage('feed-unreadable', `${source} could not be read as a feed: ${reason}.`, { source, stage: 'ingest' });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`.replace(/\.$/, '');
}

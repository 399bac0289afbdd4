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
    const parsed = parseFeed(decodeBase64Constructs(legacyRssContent(wrapBareRssItems(guarded.xml)))) as { format: string; feed: unknown };
    if (parsed.format === 'json') return { failed: unreadable(source, 'it is a JSON Feed, not RSS, RDF or Atom'), messages };
    return { record: toFeedRecord(parsed.format, parsed.feed), messages };
  } catch (error) {
    // feedsmith's ParseError: well-formed XML whose feed holds nothing it keeps (no title, no items).
    if (error instanceof ParseError) return { record: emptyRecord(guarded.xml), messages };
    return { failed: unreadable(source, describe(error)), messages };
  }
}

/** `<rss>` with items but no `<channel>` (seen in the wild; feedparser reads it): the items get one. */
function wrapBareRssItems(xml: string): string {
  if (!/<rss\b/i.test(xml) || /<channel\b/i.test(xml) || !/<item\b/i.test(xml)) return xml;
  return xml.replace(/(<rss\b[^>]*>)([\s\S]*)(<\/rss\s*>)/i, '$1<channel>$2</channel>$3');
}

/**
 * Older RSS carried an item's full text as `<xhtml:body>` (or `<body xmlns="…xhtml">`) or
 * Radio UserLand's escaped `<fullitem>`; feedsmith keeps only `content:encoded`, so they become that.
 */
function legacyRssContent(xml: string): string {
  if (!/<rss\b/i.test(xml) || !/<(?:xhtml:)?body\b|<fullitem\b/i.test(xml)) return xml;
  const withNamespace = /xmlns:content=/i.test(xml) ? xml : xml.replace(/<rss\b/i, '<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"');
  return withNamespace
    .replace(/<(xhtml:body|body(?=\s[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']))\b[^>]*>([\s\S]*?)<\/\1\s*>/gi, (_, _name: string, inner: string) => `<content:encoded><![CDATA[${inner.trim().replace(/]]>/g, ']]&gt;')}]]></content:encoded>`)
    .replace(/<fullitem\b[^>]*>([\s\S]*?)<\/fullitem\s*>/gi, '<content:encoded>$1</content:encoded>');
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

import type { RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import type { Reader } from './reader.js';
import { isFeed } from './detect-formats.js';
import { failedDocument } from './failed-document.js';
import { decodeFeedBytes, parseFeedText } from './feed-parse.js';
import type { FeedEntry, FeedRecord } from './feed-record.js';
import { isHtmlBody } from './feed-values.js';

/** RSS 0.9x/1.0/2.0, RDF and Atom 0.3/1.0 feeds: one document per entry (sources `path#n`). */
export const feedReader: Reader = {
  name: 'feed',
  detect: isFeed,
  read(bytes, source, context): RawDocument[] {
    const decoded = decodeFeedBytes(bytes, context.contentType);
    return readFeedText(decoded.text, source, decoded.messages);
  },
};

/**
 * Feed text → one RawDocument per entry, in feed order. An entry's body is its content, else its
 * summary (HTML when the feed says so or the text carries tags); hints carry the link, title,
 * dates, authors and the feed's title as the outlet. A feed that cannot be read, or has no
 * entries, yields one document with a message.
 */
export function readFeedText(text: string, source: string, decodeMessages: RawDocument['messages'] = []): RawDocument[] {
  const parsed = parseFeedText(text, source);
  const feedMessages = [...decodeMessages.map((message) => ({ ...message, source })), ...parsed.messages];
  if ('failed' in parsed) {
    const failed = failedDocument(source, parsed.failed.code, parsed.failed.text);
    failed.messages.unshift(...feedMessages);
    return [failed];
  }
  if (parsed.record.entries.length === 0) {
    const empty = failedDocument(source, 'feed-empty', `${source} is a feed with no entries.`, 'info');
    empty.messages.unshift(...feedMessages);
    return [empty];
  }
  return parsed.record.entries.map((entry, index) => entryDocument(parsed.record, entry, `${source}#${index + 1}`, index === 0 ? feedMessages : []));
}

export function entryDocument(feed: FeedRecord, entry: FeedEntry, source: string, messages: RawDocument['messages']): RawDocument {
  const body = entry.content ?? entry.summary;
  const document: RawDocument = {
    source,
    format: body && isHtmlBody(body) ? 'html' : 'text',
    body: body ? (isHtmlBody(body) ? wrapFragment(body.value) : body.value) : '',
    hints: entryHints(feed, entry),
    messages: [...messages],
  };
  if (!body) {
    document.messages.push(makeMessage('feed-entry-without-text',
      `${source} has no content or summary${entry.link ? `; its page is ${entry.link}` : ''}.`, { source, severity: 'warning', stage: 'ingest' }));
  }
  return document;
}

/** Content extraction needs a whole document: an entry's HTML is a fragment. */
function wrapFragment(html: string): string {
  return /^\s*(<!doctype|<html)/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
}

export function entryHints(feed: FeedRecord, entry: FeedEntry): RawDocument['hints'] {
  const hints: RawDocument['hints'] = {};
  if (entry.link) hints.url = entry.link;
  if (entry.title) hints.title = entry.title;
  const date = entry.published ?? entry.updated;
  if (date) hints.publishedAt = date;
  if (entry.authors.length > 0) hints.authors = entry.authors;
  if (feed.title) hints.outlet = feed.title;
  return hints;
}

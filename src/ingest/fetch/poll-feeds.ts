import type { Message, RawDocument } from '../../model/index.js';
import { makeMessage } from '../../model/index.js';
import { decodeFeedBytes, parseFeedText } from '../feed-parse.js';
import type { FeedEntry, FeedRecord } from '../feed-record.js';
import { entryDocument, entryHints } from '../feed-reader.js';
import { decodeText } from '../decode-text.js';
import type { FetchCache } from './fetch-cache.js';
import type { PoliteFetcher } from './polite-fetch.js';

export interface PollOptions {
  fetcher: PoliteFetcher;
  cache: FetchCache;
  /** Fetch each new entry's page (politely) and read it instead of the feed's summary. */
  fetchLinkedPages?: boolean;
}

/** One poll of the feeds: the new entries as documents, the problems, and how to remember the entries once stored. */
export interface PollRound {
  documents: RawDocument[];
  problems: Message[];
  feedsChanged: number;
  feedsUnchanged: number;
  /** Marks this round's entries as seen; call after they are stored, so a crash re-reads them. */
  markSeen(): void;
}

/**
 * Polls each feed with a conditional GET; a changed feed's entries not seen before become
 * documents (source: the entry's link, stable across polls as items shift down the feed).
 */
export async function pollFeeds(feedUrls: readonly string[], options: PollOptions): Promise<PollRound> {
  const round: PollRound = { documents: [], problems: [], feedsChanged: 0, feedsUnchanged: 0, markSeen: () => undefined };
  const seenUpdates = new Map<string, string[]>();
  const results = await Promise.all(feedUrls.map((url) => options.fetcher.fetch(url)));
  for (const result of results) {
    if (result.status === 'failed') round.problems.push(result.message);
    if (result.status === 'not-modified') round.feedsUnchanged += 1;
    if (result.status !== 'ok') continue;
    round.feedsChanged += 1;
    const parsed = parseFeedText(decodeFeedBytes(result.bytes, result.contentType).text, result.url);
    round.problems.push(...parsed.messages);
    if ('failed' in parsed) {
      round.problems.push(parsed.failed);
      continue;
    }
    const seen = new Set(options.cache.get(result.url)?.seenEntries ?? []);
    const fresh = parsed.record.entries.filter((entry) => !seen.has(entryKey(result.url, entry)));
    for (const entry of fresh) round.documents.push(await entryToDocument(parsed.record, entry, result.url, options));
    seenUpdates.set(result.url, fresh.map((entry) => entryKey(result.url, entry)));
  }
  round.markSeen = () => {
    for (const [url, keys] of seenUpdates) {
      const cached = options.cache.get(url) ?? {};
      options.cache.set(url, { ...cached, seenEntries: [...(cached.seenEntries ?? []), ...keys] });
    }
    options.cache.save();
  };
  return round;
}

/** What identifies an entry across polls: its link, else its id, else its title. */
export function entryKey(feedUrl: string, entry: FeedEntry): string {
  return entry.link ?? entry.id ?? `${feedUrl}#${entry.title ?? ''}`;
}

async function entryToDocument(feed: FeedRecord, entry: FeedEntry, feedUrl: string, options: PollOptions): Promise<RawDocument> {
  const source = entryKey(feedUrl, entry);
  const fromFeed = entryDocument(feed, entry, source, []);
  if (!options.fetchLinkedPages || !entry.link) return fromFeed;
  const page = await options.fetcher.fetch(entry.link, { conditional: false });
  if (page.status !== 'ok') {
    const message = page.status === 'failed' ? page.message : makeMessage('page-not-fetched', `${entry.link} was not fetched.`, { source, severity: 'warning', stage: 'ingest' });
    fromFeed.messages.push({ ...message, severity: 'warning', text: `${message.text} The feed's own text was kept.` });
    return fromFeed;
  }
  const decoded = decodeText(page.bytes, [/charset\s*=\s*"?([\w.:-]+)/i.exec(page.contentType ?? '')?.[1] ?? null]);
  const document: RawDocument = { source, format: 'html', body: decoded.text, hints: { ...entryHints(feed, entry), url: page.finalUrl }, messages: decoded.messages };
  if (page.capturedAt) document.capturedAt = page.capturedAt;
  return document;
}

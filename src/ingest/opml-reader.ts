import { parseOpml } from 'feedsmith';
import type { Message, RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import type { Reader } from './reader.js';
import { isOpml } from './detect-formats.js';
import { decodeFeedBytes } from './feed-parse.js';
import { guardFeedXml } from './feed-xml-guard.js';
import { field, list } from './feed-values.js';

/** One feed an OPML list subscribes to. */
export interface OpmlFeed {
  url: string;
  title: string | null;
}

/** Outline nesting deeper than this is a malformed or hostile list, not a reading list. */
const MAX_OUTLINE_DEPTH = 32;

/** The feeds of an OPML list, in document order, each URL once; problems as messages naming the file. */
export function readOpmlFeeds(text: string, source: string): { feeds: OpmlFeed[]; messages: Message[] } {
  const guarded = guardFeedXml(text.replace(/^\uFEFF/, ''), source);
  try {
    const opml = parseOpml(guarded.xml) as unknown;
    const feeds: OpmlFeed[] = [];
    collect(list(field(field(opml, 'body'), 'outlines')), feeds, 0);
    const unique = feeds.filter((feed, index) => feeds.findIndex((other) => other.url === feed.url) === index);
    const messages = [...guarded.messages];
    if (unique.length === 0) messages.push(makeMessage('opml-no-feeds', `${source} lists no feed (no outline has an xmlUrl).`, { source, severity: 'warning', stage: 'ingest' }));
    return { feeds: unique, messages };
  } catch (error) {
    return { feeds: [], messages: [...guarded.messages, makeMessage('opml-unreadable', `${source} could not be read as OPML: ${(error as Error).message}.`, { source, stage: 'ingest' })] };
  }
}

function collect(outlines: unknown[], feeds: OpmlFeed[], depth: number): void {
  if (depth > MAX_OUTLINE_DEPTH) return;
  for (const outline of outlines) {
    const url = field(outline, 'xmlUrl');
    if (typeof url === 'string' && /^https?:\/\//i.test(url.trim())) {
      const title = field(outline, 'title') ?? field(outline, 'text');
      feeds.push({ url: url.trim(), title: typeof title === 'string' && title.trim() ? title.trim() : null });
    }
    collect(list(field(outline, 'outlines')), feeds, depth + 1);
  }
}

/**
 * OPML subscription lists hold feeds, not articles: read as input they yield one document whose
 * message lists the feeds and points to `parallax watch`, which polls them.
 */
export const opmlReader: Reader = {
  name: 'opml',
  detect: isOpml,
  read(bytes, source, context): RawDocument[] {
    const { feeds, messages } = readOpmlFeeds(decodeFeedBytes(bytes, context.contentType).text, source);
    if (feeds.length > 0) {
      messages.push(makeMessage('opml-feed-list',
        `${source} is a list of ${feeds.length} feeds (${feeds.slice(0, 3).map((feed) => feed.url).join(', ')}${feeds.length > 3 ? ', …' : ''}); run \`parallax watch ${source}\` to read them.`,
        { source, severity: 'info', stage: 'ingest' }));
    }
    return [{ source, format: 'text', body: '', hints: {}, messages }];
  },
};

import { feedAuthors } from './feed-authors.js';
import { feedDate } from './feed-dates.js';
import { feedText, field, firstString, list, plainLine, type FeedText } from './feed-values.js';

/** What Parallax keeps of one feed entry, normalized across RSS, RDF and Atom. */
export interface FeedEntry {
  title: string | null;
  link: string | null;
  id: string | null;
  /** ISO 8601 in the offset the feed wrote. */
  published: string | null;
  updated: string | null;
  authors: string[];
  summary: FeedText | null;
  content: FeedText | null;
}

/** What Parallax keeps of a feed: its title and link (the outlet) and its entries in feed order. */
export interface FeedRecord {
  format: 'rss' | 'rdf' | 'atom';
  title: string | null;
  link: string | null;
  entries: FeedEntry[];
}

/** Normalizes feedsmith's `parseFeed` result ({format, feed}). */
export function toFeedRecord(format: string, feed: unknown): FeedRecord {
  const kind = format === 'atom' ? 'atom' : format === 'rdf' ? 'rdf' : 'rss';
  const items = kind === 'atom' ? list(field(feed, 'entries')) : list(field(feed, 'items'));
  return {
    format: kind,
    title: plainLine(feedText(field(feed, 'title')), kind !== 'atom') ?? plainLine(feedText(list(field(field(feed, 'dc'), 'titles'))[0])),
    link: kind === 'atom' ? atomLink(feed) : firstString(field(feed, 'link'), atomLink(field(feed, 'atom'))),
    entries: items.map((item) => (kind === 'atom' ? atomEntry(item) : rssEntry(item))),
  };
}

function rssEntry(item: unknown): FeedEntry {
  const guid = field(item, 'guid');
  const guidValue = firstString(guid, field(field(item, 'rdf'), 'about'), field(item, '@about'));
  const guidIsLink = field(guid, 'isPermaLink') !== false && guidValue !== null && /^https?:\/\//i.test(guidValue);
  const dc = field(item, 'dc');
  const atom = field(item, 'atom');
  const description = feedText(field(item, 'description')) ?? feedText(list(field(dc, 'descriptions'))[0]);
  const encoded = feedText(field(field(item, 'content'), 'encoded'));
  return {
    title: plainLine(feedText(field(item, 'title'))) ?? plainLine(feedText(list(field(dc, 'titles'))[0])),
    link: firstString(field(item, 'link'), atomLink(atom)) ?? (guidIsLink ? guidValue : null),
    id: guidValue ?? firstString(field(atom, 'id')),
    published: firstDate(field(item, 'pubDate'), list(field(dc, 'dates'))[0], list(field(field(item, 'dcterms'), 'issued'))[0], field(atom, 'published')),
    updated: firstDate(field(atom, 'updated'), list(field(field(item, 'dcterms'), 'modified'))[0], list(field(dc, 'dates'))[0], field(item, 'pubDate')),
    authors: feedAuthors(item).concat(feedAuthors(atom)).filter((name, index, names) => names.indexOf(name) === index),
    summary: description,
    content: encoded ?? feedText(field(atom, 'content')),
  };
}

function atomEntry(entry: unknown): FeedEntry {
  return {
    title: plainLine(feedText(field(entry, 'title')), false),
    link: atomLink(entry),
    id: firstString(field(entry, 'id')),
    published: firstDate(field(entry, 'published')),
    updated: firstDate(field(entry, 'updated')),
    authors: feedAuthors(entry),
    summary: feedText(field(entry, 'summary')),
    content: feedText(field(entry, 'content')),
  };
}

/** The page link: rel="alternate" (or no rel), preferring an HTML type, else the first link. */
function atomLink(node: unknown): string | null {
  const links = list(field(node, 'links')).filter((link) => typeof field(link, 'href') === 'string');
  const alternates = links.filter((link) => {
    const rel = field(link, 'rel');
    return rel === undefined || rel === 'alternate';
  });
  const html = alternates.find((link) => /html/i.test(String(field(link, 'type') ?? 'text/html')));
  const chosen = html ?? alternates[0] ?? links[0];
  const href = chosen ? field(chosen, 'href') : undefined;
  return typeof href === 'string' && href.trim().length > 0 ? href.trim() : null;
}

function firstDate(...values: unknown[]): string | null {
  for (const value of values) {
    const date = feedDate(value);
    if (date) return date;
  }
  return null;
}

import { nameFromText } from '../ingest/feed-authors.js';
import { feedDate } from '../ingest/feed-dates.js';
import type { FeedEntry, FeedRecord } from '../ingest/feed-record.js';
import { htmlToText } from '../ingest/feed-values.js';
import type { Assertion } from './feeds-expect.js';

export type Verdict = 'pass' | 'fail' | 'not-applicable';

type Kind = 'exact' | 'title' | 'html';

const ENTRY_FIELDS: Readonly<Record<string, { kind: Kind; read: (entry: FeedEntry) => string | null }>> = {
  title: { kind: 'title', read: (entry) => entry.title },
  link: { kind: 'exact', read: (entry) => entry.link },
  id: { kind: 'exact', read: (entry) => entry.id },
  guid: { kind: 'exact', read: (entry) => entry.id },
  summary: { kind: 'html', read: (entry) => entry.summary?.value ?? null },
  description: { kind: 'html', read: (entry) => entry.summary?.value ?? null },
};

/**
 * Judges one feedparser assertion against what Parallax keeps. Fields Parallax does not keep are
 * not applicable. Where Parallax keeps another representation the comparison is on meaning:
 * dates as instants (feedparser keeps the raw string, Parallax ISO 8601), `*_parsed` tuples on
 * their UTC year…second, authors by name (feedparser's "Name (email)" against the name), titles
 * as plain text (feedparser keeps a title's markup, Parallax its text), summaries and content by
 * their text (markup serialized differently, `<br/>` or `<br />`, is the same text).
 */
export function checkAssertion(record: FeedRecord, assertion: Assertion): Verdict {
  const actual = lookUp(record, assertion.path);
  if (actual === undefined) return 'not-applicable';
  const equal = matches(actual, assertion);
  return equal !== assertion.negated ? 'pass' : 'fail';
}

interface Actual {
  kind: Kind | 'date' | 'author' | 'tuple';
  value: string | null;
}

function lookUp(record: FeedRecord, path: ReadonlyArray<string | number>): Actual | undefined {
  if (path[0] === 'feed' && path.length === 2) {
    if (path[1] === 'title') return { kind: 'title', value: record.title };
    if (path[1] === 'link') return { kind: 'exact', value: record.link };
    return undefined;
  }
  if (path[0] !== 'entries' || typeof path[1] !== 'number') return undefined;
  const entry = record.entries[path[1]];
  const key = path[2];
  if (typeof key !== 'string') return undefined;
  if (path.length === 3) {
    const known = ENTRY_FIELDS[key];
    if (known) return { kind: known.kind, value: entry ? known.read(entry) : null };
    if (key === 'published' || key === 'updated') return { kind: 'date', value: entry ? entry[key] : null };
    if (key === 'published_parsed' || key === 'updated_parsed') return { kind: 'tuple', value: entry ? entry[key === 'published_parsed' ? 'published' : 'updated'] : null };
    if (key === 'author') return { kind: 'author', value: entry?.authors[0] ?? null };
    return undefined;
  }
  if (key === 'content' && path.length === 5 && path[3] === 0 && path[4] === 'value') {
    return { kind: 'html', value: entry?.content?.value ?? null };
  }
  return undefined;
}

function matches(actual: Actual, assertion: Assertion): boolean {
  const expected = assertion.expected;
  if (actual.kind === 'tuple') return Array.isArray(expected) && actual.value !== null && sameUtcFields(actual.value, expected);
  if (typeof expected !== 'string') return false;
  if (actual.value === null) return expected === '';
  if (actual.kind === 'date') return sameInstant(actual.value, expected);
  if (actual.kind === 'author') return actual.value === (nameFromText(expected) ?? expected);
  if (actual.value.trim() === expected.trim()) return true;
  if (actual.kind === 'title') return actual.value === oneLine(htmlToText(expected));
  if (actual.kind === 'html') return oneLine(htmlToText(actual.value)) === oneLine(htmlToText(expected));
  return false;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sameInstant(actual: string, expected: string): boolean {
  const normalized = feedDate(expected);
  if (normalized === null) return actual === expected;
  return Date.parse(actual) === Date.parse(normalized) || actual === normalized;
}

function sameUtcFields(actual: string, expected: readonly number[]): boolean {
  const time = Date.parse(/T/.test(actual) && !/(Z|[+-]\d\d:\d\d)$/.test(actual) ? `${actual}Z` : actual);
  if (Number.isNaN(time)) return false;
  const date = new Date(time);
  const fields = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
  return fields.every((value, index) => expected[index] === undefined || expected[index] === value);
}

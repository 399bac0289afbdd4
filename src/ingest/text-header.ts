import type { DocumentHints, Message } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import { normalizeDate } from './normalize-date.js';
import { toLanguageTag } from './language-tag.js';

export interface TextHeader {
  hints: DocumentHints;
  /** The text after the header block or the compact prefix. */
  body: string;
  messages: Message[];
}

type HintField = 'title' | 'url' | 'outlet' | 'source' | 'publishedAt' | 'authors' | 'language' | 'id';

/**
 * The keys a header block may use. Only these make a `key: value` line a header, so a headline
 * like "Graham: Trump's pick is wrong" stays text.
 */
const HEADER_KEYS: Readonly<Record<string, HintField>> = {
  title: 'title', headline: 'title', url: 'url', link: 'url', outlet: 'outlet', publisher: 'outlet',
  source: 'source', date: 'publishedAt', published: 'publishedAt', publishedat: 'publishedAt',
  published_at: 'publishedAt', author: 'authors', authors: 'authors', byline: 'authors',
  language: 'language', lang: 'language', id: 'id',
};

const HEADER_LINE = /^([A-Za-z][A-Za-z_]*)[ \t]*:[ \t]*(.*)$/;
/** The compact prefix of scraped corpora: " date 2017-04-13 WASHINGTON — …". */
const COMPACT_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s)\s*/i;

/**
 * Splits a plain text into what it says about itself and its body: either a header block of
 * known `key: value` lines ended by a blank line, or the compact `date YYYY-MM-DD` prefix.
 * A text with neither comes back whole with no hints.
 */
export function readTextHeader(text: string): TextHeader {
  const compact = COMPACT_DATE.exec(text);
  if (compact?.[1]) {
    const publishedAt = normalizeDate(compact[1]);
    if (publishedAt) return { hints: { publishedAt }, body: text.slice(compact[0].length), messages: [] };
  }
  const lines = text.split('\n');
  let index = 0;
  while (index < lines.length && (lines[index] ?? '').trim() === '') index += 1;
  const fields: Array<[HintField, string]> = [];
  for (; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').replace(/\r$/, '');
    if (line.trim() === '') break;
    const match = HEADER_LINE.exec(line);
    const field = match ? HEADER_KEYS[(match[1] ?? '').toLowerCase()] : undefined;
    if (!match || !field) return { hints: {}, body: text, messages: [] };
    fields.push([field, (match[2] ?? '').trim()]);
  }
  if (fields.length === 0 || index >= lines.length) return { hints: {}, body: text, messages: [] };
  const { hints, messages } = toHints(fields);
  return { hints, body: lines.slice(index + 1).join('\n'), messages };
}

function toHints(fields: ReadonlyArray<[HintField, string]>): { hints: DocumentHints; messages: Message[] } {
  const hints: DocumentHints = {};
  const messages: Message[] = [];
  const warn = (code: string, text: string): void => {
    messages.push(makeMessage(code, text, { severity: 'warning', stage: 'ingest' }));
  };
  for (const [field, value] of fields) {
    if (value === '') continue;
    if (field === 'publishedAt') {
      const date = normalizeDate(value);
      if (date) hints.publishedAt = date;
      else warn('unreadable-date', `The header date "${value}" is not a date; it was ignored.`);
    } else if (field === 'authors') {
      hints.authors = [...(hints.authors ?? []), ...splitAuthors(value)];
    } else if (field === 'url' || (field === 'source' && /^https?:\/\//i.test(value))) {
      if (/^https?:\/\/\S+$/i.test(value)) hints.url = value;
      else warn('unreadable-url', `The header url "${value}" is not an http(s) URL; it was ignored.`);
    } else if (field === 'source') {
      hints.outlet ??= value;
    } else if (field === 'language') {
      const tag = toLanguageTag(value);
      if (tag) hints.language = tag;
      else warn('unreadable-language', `The header language "${value}" is not a BCP 47 tag; it was ignored.`);
    } else {
      hints[field] = value;
    }
  }
  return { hints, messages };
}

/** "By Ann Lee and Bo Chen" → ["Ann Lee", "Bo Chen"]; also splits on commas and semicolons. */
export function splitAuthors(value: string): string[] {
  return value
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:;|,|\band\b|&)\s*/i)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

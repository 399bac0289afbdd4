import type { DocumentHints, Message, RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import { normalizeDate } from './normalize-date.js';
import { splitAuthors } from './text-header.js';
import { toLanguageTag } from './language-tag.js';
import type { ReadContext } from './reader.js';

/**
 * One JSON record `{id?, url?, outlet?, title?, publishedAt?, authors?, language?, text | html}`
 * → a document. `text` is the article as the caller extracted it: it becomes the body verbatim
 * (normalized later, never cut); when both are given, `text` wins. A record that is not an object
 * or has neither field yields an empty document with an error message.
 */
export function recordToDocument(value: unknown, source: string, context: ReadContext, single: boolean): RawDocument {
  const messages: Message[] = [];
  const fail = (code: string, text: string): RawDocument => ({
    source, format: 'text', body: '', hints: {}, messages: [makeMessage(code, text, { source, stage: 'ingest' })],
  });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('record-not-object', 'The record is not a JSON object.');
  }
  const record = value as Record<string, unknown>;
  const hints = readHints(record, messages, source);
  if (hints.url === undefined && single && context.url !== null) hints.url = context.url;
  const document = (format: RawDocument['format'], body: string, verbatim: boolean): RawDocument => {
    const result: RawDocument = { source, format, body, hints, messages };
    if (verbatim) result.verbatim = true;
    if (context.capturedAt) result.capturedAt = context.capturedAt;
    return result;
  };
  if (typeof record.text === 'string') return document('text', record.text, true);
  if (typeof record.html === 'string') return document('html', record.html, false);
  const failed = fail('record-without-text', 'The record has neither a "text" nor an "html" string.');
  failed.hints = hints;
  failed.messages.unshift(...messages);
  return failed;
}

function readHints(record: Record<string, unknown>, messages: Message[], source: string): DocumentHints {
  const hints: DocumentHints = {};
  const warn = (code: string, text: string): void => {
    messages.push(makeMessage(code, text, { source, severity: 'warning', stage: 'ingest' }));
  };
  if (typeof record.id === 'string' && record.id !== '') hints.id = record.id;
  else if (typeof record.id === 'number' && Number.isFinite(record.id)) hints.id = String(record.id);
  for (const field of ['url', 'outlet', 'title'] as const) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') hints[field] = value.trim();
    else if (value !== undefined && value !== null && typeof value !== 'string') warn('record-field-type', `The record's "${field}" is not a string; it was ignored.`);
  }
  if (typeof record.language === 'string' && record.language.trim() !== '') {
    const tag = toLanguageTag(record.language);
    if (tag) hints.language = tag;
    else warn('unreadable-language', `The record's language "${record.language}" is not a BCP 47 tag; it was ignored.`);
  }
  const published = record.publishedAt ?? record.published ?? record.date;
  if (typeof published === 'string' && published.trim() !== '') {
    const date = normalizeDate(published);
    if (date) hints.publishedAt = date;
    else warn('unreadable-date', `The record's date "${published}" is not a date; it was ignored.`);
  }
  const authors = record.authors ?? record.author;
  if (typeof authors === 'string') hints.authors = splitAuthors(authors);
  else if (Array.isArray(authors)) hints.authors = authors.filter((name): name is string => typeof name === 'string' && name.trim() !== '').map((name) => name.trim());
  return hints;
}

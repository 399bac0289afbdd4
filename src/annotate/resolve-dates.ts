import type { Article, DateMention, Message } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import type { Stage, StageContext } from '../pipeline/stage.js';
import { parseReferenceDay, type CalendarDay } from './dates/calendar.js';
import { findChronoDates } from './dates/chrono-dates.js';
import {
  BARE_YEAR, DECADE, RELATIVE_PERIOD, resolveDecade, resolveRelativePeriod,
} from './dates/relative-periods.js';
import { detectTenseAt } from './dates/tense.js';
import { sentenceAt } from './sentence-at.js';

const STAGE = 'resolveDates';
/** Paragraphs longer than this are cut for chrono, whose cost grows with candidate density. */
const MAX_PARAGRAPH_CHARS = 20_000;
/** Any date, with or without a year, stands in as the reference for finding expressions. */
const PLACEHOLDER_REFERENCE: CalendarDay = { year: 2000, month: 6, day: 15 };

/**
 * Finds date expressions and resolves them against the publication date (or the context's
 * reference date): absolute dates as written, relative ones ("Wednesday", "last week") by tense
 * and calendar. Without any reference, relative expressions are kept with a null value and a message.
 */
export function resolveDates(): Stage {
  return {
    name: STAGE,
    version: '1',
    requires: ['text', 'sentences', 'publishedAt'],
    provides: ['dates'],
    run(article: Article, context: StageContext): Article {
      const reference = parseReferenceDay(article.publishedAt ?? context.referenceDate);
      const messages: Message[] = [];
      const dates = findDates(article, reference, messages);
      return { ...article, dates, messages: messages.length ? [...article.messages, ...messages] : article.messages };
    },
  };
}

function findDates(article: Article, reference: CalendarDay | null, messages: Message[]): DateMention[] {
  const { text } = article;
  const tenseAt = (index: number) => {
    const { sentence, start } = sentenceAt(text, index, article.sentences);
    return detectTenseAt(sentence, index - start);
  };
  const found: DateMention[] = [];
  // Characters already inside a found date: earlier passes win, and the check stays linear.
  const covered = new Uint8Array(text.length);
  const taken = (start: number, end: number) => covered.subarray(start, end).includes(1);
  const add = (date: DateMention) => {
    if (taken(date.start, date.end)) return;
    found.push(date);
    covered.fill(1, date.start, date.end);
  };

  for (const match of text.matchAll(RELATIVE_PERIOD)) {
    const resolved = reference ? resolveRelativePeriod(match[1]!, match[2]!, reference) : null;
    add({ start: match.index, end: match.index + match[0].length, value: resolved?.value ?? null,
      granularity: resolved?.granularity ?? unitGranularity(match[2]!), relative: true });
  }
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    const chronoDates = findChronoDates(paragraph.slice(0, MAX_PARAGRAPH_CHARS), offset,
      reference ?? PLACEHOLDER_REFERENCE, tenseAt);
    for (const date of chronoDates) {
      add(reference || !date.relative ? date : { ...date, value: null });
    }
    offset += paragraph.length + 1;
  }
  for (const match of text.matchAll(DECADE)) {
    add({ start: match.index, end: match.index + match[0].length, ...resolveDecade(Number(match[1])), relative: false });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    add({ start: match.index, end: match.index + match[0].length, value: match[1]!, granularity: 'year', relative: false });
  }
  found.sort((a, b) => a.start - b.start);
  for (const date of found) {
    if (date.value !== null) continue;
    messages.push(makeMessage('unresolved-date',
      `"${text.slice(date.start, date.end)}" depends on a publication date, and none is known.`,
      { severity: 'warning', span: { start: date.start, end: date.end }, stage: STAGE }));
  }
  return found;
}

function unitGranularity(unit: string): DateMention['granularity'] {
  const lower = unit.toLowerCase();
  return lower === 'week' ? 'week' : lower === 'month' ? 'month' : lower === 'year' ? 'year' : 'day';
}

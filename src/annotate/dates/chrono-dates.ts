import * as chrono from 'chrono-node/en';
import type { Component, ParsedComponents } from 'chrono-node';
import type { DateGranularity } from '../../model/index.js';
import { formatDay, fromDayNumber, toDayNumber, weekdayOf, type CalendarDay } from './calendar.js';
import type { Tense } from './tense.js';

export interface ChronoDate {
  start: number;
  end: number;
  value: string;
  granularity: DateGranularity;
  relative: boolean;
}

type Components = ParsedComponents;

/**
 * What makes chrono's match a date rather than a quantity: a month or weekday name, a casual
 * day word, "ago", a numeric date, or a clock time. Without it chrono reads counts as times
 * ("10 to 20" minutes as 19:40, "at 10") and durations as instants ("within 24 hours"), which
 * belong to the numbers stage.
 */
const DATE_EVIDENCE = new RegExp(
  [
    '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b',
    '\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\b',
    '\\b(?:today|tonight|yesterday|tomorrow|noon|midnight|morning|afternoon|evening|ago)\\b',
    '\\d{1,4}[/.-]\\d{1,2}',
    '\\d:\\d\\d|\\b[ap]\\.?m\\b\\.?|o[’\']clock',
  ].join('|'),
  'i',
);

/**
 * Dates chrono-node finds in one paragraph, with our tense layer on top: chrono resolves a bare
 * weekday or a month-day without a year to the nearest one whatever the tense; news prose about
 * "Wednesday" in a past-tense sentence means the Wednesday before publication.
 */
export function findChronoDates(
  paragraph: string,
  offset: number,
  reference: CalendarDay,
  tenseAt: (index: number) => Tense,
): ChronoDate[] {
  // Every date kept below shows date evidence, so a paragraph with none (most of an article's)
  // skips chrono, which tries its dozens of patterns on every paragraph it is given.
  if (!DATE_EVIDENCE.test(paragraph)) return [];
  const referenceDate = new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12));
  const results = chrono.parse(paragraph, { instant: referenceDate, timezone: 0 });
  const dates: ChronoDate[] = [];
  for (const result of results) {
    if (!DATE_EVIDENCE.test(result.text)) continue;
    const trimmed = trimSpan(result.text);
    const start = offset + result.index + trimmed.lead;
    const tense = tenseAt(start);
    const first = resolveComponents(result.start, reference, tense);
    if (!first) continue;
    let value = first.value;
    if (result.end) {
      const last = resolveComponents(result.end, reference, tense);
      if (last) value = `${first.value}/${last.value}`;
    }
    dates.push({
      start,
      end: start + trimmed.text.length,
      value,
      granularity: first.granularity,
      // Only a year written out makes a date independent of the publication date.
      relative: !/\b\d{4}\b/.test(result.text),
    });
  }
  return dates;
}

function resolveComponents(
  components: Components,
  reference: CalendarDay,
  tense: Tense,
): { value: string; granularity: DateGranularity } | null {
  const referenceDay = toDayNumber(reference);
  const knows = (unit: Component): boolean => components.isCertain(unit);
  let day = toDayNumber({
    year: components.get('year') ?? reference.year,
    month: components.get('month') ?? 1,
    day: components.get('day') ?? 1,
  });
  if (knows('weekday') && !knows('day')) {
    day = weekdayByTense(referenceDay, components.get('weekday') ?? 0, tense, day);
  } else if (knows('day') && knows('month') && !knows('year')) {
    day = monthDayByTense(day, referenceDay, tense);
  }
  const date = fromDayNumber(day);
  if (knows('hour')) {
    const time = `${String(components.get('hour') ?? 0).padStart(2, '0')}:${String(components.get('minute') ?? 0).padStart(2, '0')}`;
    return { value: `${formatDay(date)}T${time}`, granularity: 'time' };
  }
  if (knows('day') || knows('weekday')) return { value: formatDay(date), granularity: 'day' };
  if (knows('month')) {
    const year = knows('year') ? date.year : monthYearByTense(components.get('month') ?? 1, reference, tense);
    return { value: `${year}-${String(components.get('month')).padStart(2, '0')}`, granularity: 'month' };
  }
  if (knows('year')) return { value: String(date.year), granularity: 'year' };
  // Casual references ("yesterday", "tonight") know their day through implied values only.
  return { value: formatDay(date), granularity: 'day' };
}

/** Past: the latest such weekday on or before publication; future: the next on or after. */
function weekdayByTense(referenceDay: number, weekday: number, tense: Tense, chronoDay: number): number {
  const back = (weekdayOf(referenceDay) - weekday + 7) % 7;
  if (tense === 'past') return referenceDay - back;
  if (tense === 'future') return referenceDay + ((weekday - weekdayOf(referenceDay) + 7) % 7);
  return chronoDay;
}

/** A month-day without a year lies before publication in a past-tense sentence, after it in a future one. */
function monthDayByTense(day: number, referenceDay: number, tense: Tense): number {
  const date = fromDayNumber(day);
  if (tense === 'past' && day > referenceDay) return toDayNumber({ ...date, year: date.year - 1 });
  if (tense === 'future' && day < referenceDay) return toDayNumber({ ...date, year: date.year + 1 });
  return day;
}

function monthYearByTense(month: number, reference: CalendarDay, tense: Tense): number {
  if (tense === 'past' && month > reference.month) return reference.year - 1;
  if (tense === 'future' && month < reference.month) return reference.year + 1;
  return reference.year;
}

/** Chrono's match without a leading preposition ("on Wednesday") or trailing punctuation. */
function trimSpan(text: string): { text: string; lead: number } {
  const lead = /^(?:on|at|in|by|since|until|from|of|during)\s+/i.exec(text)?.[0].length ?? 0;
  return { text: text.slice(lead).replace(/[\s,;:]+$/u, ''), lead };
}

import type { DateGranularity } from '../../model/index.js';
import { formatDayNumber, formatMonth, mondayOf, toDayNumber, type CalendarDay } from './calendar.js';

/** A period expression resolved to an ISO value and its granularity. */
export interface ResolvedPeriod {
  value: string;
  granularity: DateGranularity;
}

/**
 * "last week", "this month", "next year", "the past year": periods counted from the
 * publication day. Weeks run Monday to Sunday (ISO), so "last week" in an article of Thursday
 * 2017-04-13 is 2017-04-03/2017-04-09.
 */
export const RELATIVE_PERIOD =
  /\b(?:(?:earlier|later)\s+)?(last|past|previous|this|next|coming|current)\s+(week|weekend|month|year)\b/giu;

export function resolveRelativePeriod(
  which: string,
  unit: string,
  reference: CalendarDay,
): ResolvedPeriod {
  const offset = periodOffset(which.toLowerCase());
  const referenceDay = toDayNumber(reference);
  switch (unit.toLowerCase()) {
    case 'week': {
      const monday = mondayOf(referenceDay) + 7 * offset;
      return { value: `${formatDayNumber(monday)}/${formatDayNumber(monday + 6)}`, granularity: 'week' };
    }
    case 'weekend': {
      // The Saturday and Sunday of the week `offset` weeks from the reference week.
      const saturday = mondayOf(referenceDay) + 5 + 7 * offset;
      return { value: `${formatDayNumber(saturday)}/${formatDayNumber(saturday + 1)}`, granularity: 'day' };
    }
    case 'month': {
      const index = reference.year * 12 + (reference.month - 1) + offset;
      return { value: formatMonth(Math.floor(index / 12), (index % 12) + 1), granularity: 'month' };
    }
    default:
      return { value: String(reference.year + offset).padStart(4, '0'), granularity: 'year' };
  }
}

function periodOffset(which: string): number {
  if (which === 'last' || which === 'past' || which === 'previous') return -1;
  if (which === 'next' || which === 'coming') return 1;
  return 0;
}

/** "the 1990s", "the 2010s": a decade as an interval of years. */
export const DECADE = /\b((?:1[5-9]|20)\d0)['’]?s\b/gu;

export function resolveDecade(startYear: number): ResolvedPeriod {
  return { value: `${startYear}/${startYear + 9}`, granularity: 'decade' };
}

/**
 * A bare year 1900–2099 ("in 2014", "its 2014 annexation", "the events of 2003"), unless it is
 * money, a percentage, part of a longer number or a count of something ("2000 troops" is rare
 * in news, and the numbers stage reads counts).
 */
export const BARE_YEAR = /(?<![\d$€£¥.,:/-])\b((?:19|20)\d{2})\b(?![\d%]|[.,]\d|\s*(?:percent|per cent|people|troops|soldiers|members|votes|units|dollars|euros)\b)/gu;

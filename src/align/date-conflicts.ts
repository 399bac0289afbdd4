import type { DateGranularity, DateMention } from '../model/index.js';

const DAY_MS = 86_400_000;
// Only dates that name one definite time can contradict: a week, a quarter or a decade may
// hold either side. A relative date ("Wednesday", "last month") is resolved against its own
// article's publication date, which may be a day off across time zones (or a month, for a
// month named relative to a date near its end): such dates must be further apart than that.
// Two dates of different precision ("1996" against "Thursday") mostly date different events
// of one sentence, so only dates of one precision are compared (a time counts as its day).
const PRECISION: Partial<Record<DateGranularity, string>> = { time: 'day', day: 'day', month: 'month', year: 'year' };
const RELATIVE_SLACK_DAYS: Partial<Record<DateGranularity, number>> = { time: 1, day: 1, month: 31, year: 366 };

/**
 * Two tellings of one claim dated incompatibly: each gives exactly one date, both definite and
 * of one precision, and their periods lie apart. A sentence with two dates tells two events
 * ("a 2008 fellow, and in 1995 elected"); when the other agrees on one, the dates left over
 * are those of different events, not a disagreement. Relative dates count only when
 * `trustRelative` (both articles carry their own publication date).
 */
export function findDateConflict(a: readonly DateMention[], b: readonly DateMention[], options: { trustRelative: boolean }): [DateMention, DateMention] | null {
  if (a.length !== 1 || b.length !== 1) return null;
  const [first, second] = [a[0]!, b[0]!];
  const precision = PRECISION[first.granularity];
  if (precision === undefined || precision !== PRECISION[second.granularity]) return null;
  if (!options.trustRelative && (first.relative || second.relative)) return null;
  const slack = Math.max(first.relative ? RELATIVE_SLACK_DAYS[first.granularity] ?? 0 : 0, second.relative ? RELATIVE_SLACK_DAYS[second.granularity] ?? 0 : 0);
  return gapDays(first, second) > slack ? [first, second] : null;
}

/** Days between the two dates' periods; 0 when they overlap. */
export function gapDays(a: DateMention, b: DateMention): number {
  const [aStart, aEnd] = period(a.value ?? '');
  const [bStart, bEnd] = period(b.value ?? '');
  if (Number.isNaN(aStart) || Number.isNaN(bStart)) return 0;
  return Math.max(0, Math.round((Math.max(aStart, bStart) - Math.min(aEnd, bEnd)) / DAY_MS));
}

/**
 * The first and last day (UTC midnights) of an ISO value: a day, a month, a year, a date-time
 * (its day), or an interval "start/end".
 */
function period(value: string): [number, number] {
  const [start, end] = value.includes('/') ? value.split('/') as [string, string] : [value, value];
  return [firstDay(start), lastDay(end)];
}

function firstDay(value: string): number {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return Number.NaN;
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1);
}

function lastDay(value: string): number {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return Number.NaN;
  if (day !== undefined) return Date.UTC(year, month! - 1, day);
  if (month !== undefined) return Date.UTC(year, month, 0);
  return Date.UTC(year, 11, 31);
}

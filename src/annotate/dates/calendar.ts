/**
 * Date arithmetic on calendar days, free of time zones: a day is an integer count since
 * 1970-01-01, so "the Wednesday before Thursday 2017-04-13" never drifts across a UTC boundary.
 */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function toDayNumber(date: CalendarDay): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CalendarDay {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as JavaScript and chrono number weekdays. */
export function weekdayOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCDay();
}

/** The Monday that starts the ISO week containing the day. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - ((weekdayOf(dayNumber) + 6) % 7);
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function formatDay(date: CalendarDay): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function formatDayNumber(dayNumber: number): string {
  return formatDay(fromDayNumber(dayNumber));
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/**
 * The calendar day of an ISO 8601 publication date, read in the page's own offset
 * ("2017-04-13T23:30:00-04:00" is the 13th, not the 14th as UTC would say).
 */
export function parseReferenceDay(iso: string | null | undefined): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

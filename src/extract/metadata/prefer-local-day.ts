/**
 * A machine date in UTC ("…Z", "+00:00") names an instant, and its day may not be the day the
 * page was published where it was written: 2020-02-18T02:18Z is 17 February in Florida. When
 * the page states its own local view, that day wins: first the same instant written with a
 * real offset elsewhere on the page, else a local day (the URL, the printed date) exactly one
 * day away from the UTC day. The UTC value is kept untouched otherwise.
 */
export function preferLocalDay(
  utcDate: string,
  otherMachineDates: readonly string[],
  localDay: () => string | null,
): string {
  if (!isUtc(utcDate)) return utcDate;
  const instant = Date.parse(utcDate);
  const sameInstant = otherMachineDates.find(
    (other) => hasOffset(other) && !isUtc(other) && Math.abs(Date.parse(other) - instant) < SAME_INSTANT_MS,
  );
  if (sameInstant !== undefined) return sameInstant;
  const local = localDay();
  if (local === null) return utcDate;
  const dayDifference = (Date.parse(local) - Date.parse(utcDate.slice(0, 10))) / DAY_MS;
  const utcHour = Number(utcDate.slice(11, 13));
  // Offsets run from -12:00 to +14:00: the local day can be the day before only before 12:00
  // UTC, and the day after only from 10:00 UTC on.
  const possible = (dayDifference === -1 && utcHour < 12) || (dayDifference === 1 && utcHour >= 10);
  return possible ? local : utcDate;
}

/** Two writings of one publication may round the time differently; an hour apart is another event. */
const SAME_INSTANT_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

function isUtc(date: string): boolean {
  return /T.*(?:Z|[+-]00:00)$/.test(date);
}

function hasOffset(date: string): boolean {
  return /T.*(?:Z|[+-]\d{2}:\d{2})$/.test(date);
}

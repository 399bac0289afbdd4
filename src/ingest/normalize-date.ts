import * as chrono from 'chrono-node/en';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$/i;
const RFC_2822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*(GMT|UTC|UT|Z|[+-]\d{4})?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date as ISO 8601, as precise as the value says and in its own offset (never shifted to UTC):
 * "2017-04-13", "2017-04-13T10:05:00+03:00", "2017-04". Reads ISO forms, RFC 2822 (feeds, HTTP)
 * and written dates ("April 13, 2017") through chrono-node. Null when it is not a date.
 */
export function normalizeDate(value: string): string | null {
  const text = value.trim();
  return fromIso(text) ?? fromRfc2822(text) ?? fromWords(text);
}

function fromIso(text: string): string | null {
  const match = ISO.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  if (month !== undefined && !inRange(month, 1, 12)) return null;
  if (day !== undefined && !inRange(day, 1, 31)) return null;
  let iso = [year, month, day].filter((part) => part !== undefined).join('-');
  if (hour !== undefined) iso += `T${hour}:${minute}${second !== undefined ? `:${second}${fraction ?? ''}` : ''}`;
  if (hour !== undefined && offset !== undefined) iso += formatOffset(offset);
  return iso;
}

function fromRfc2822(text: string): string | null {
  const match = RFC_2822.exec(text);
  if (!match) return null;
  const [, day, monthName, year, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  const offset = zone === undefined ? '' : formatOffset(/^[+-]/.test(zone) ? zone : 'Z');
  return `${year}-${pad(month)}-${pad(Number(day))}T${hour}:${minute}:${second ?? '00'}${offset}`;
}

/** Written dates; only when chrono found a whole date (year included) and nothing else is left. */
function fromWords(text: string): string | null {
  if (text.length > 80 || !/\b\d{4}\b/.test(text)) return null;
  const result = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!result || !result.start.isCertain('year') || !result.start.isCertain('day')) return null;
  const start = result.start;
  const date = `${start.get('year')}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`;
  if (!start.isCertain('hour')) return date;
  const time = `T${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}:${pad(start.get('second') ?? 0)}`;
  const offsetMinutes = start.isCertain('timezoneOffset') ? start.get('timezoneOffset') : null;
  return `${date}${time}${offsetMinutes === null || offsetMinutes === undefined ? '' : minutesToOffset(offsetMinutes)}`;
}

function formatOffset(offset: string): string {
  if (/^z$/i.test(offset)) return 'Z';
  const digits = offset.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

function minutesToOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function inRange(value: string, low: number, high: number): boolean {
  const number = Number(value);
  return number >= low && number <= high;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

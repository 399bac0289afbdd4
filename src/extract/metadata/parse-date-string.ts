import { formatIsoDate, fromUnixTime, isValidDate, normalizeOffset, type DateParts } from './iso-date.js';
import { findTextDate } from './find-text-date.js';

/** ISO 8601 and its common relaxations: "2020-06-07", "2020-06-07 10:00:00", "2020/06/07T10:00+0300". */
const ISO_PATTERN =
  /^\s*(\d{4})([-/.]?)(\d{2})\2(\d{2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{1,2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?|GMT|UTC)?)?/i;
/** RFC 822 / 2822 as feeds and HTTP print it: "Sun, 07 Jun 2020 10:00:00 +0300". */
const RFC_822_PATTERN =
  /^\s*(?:\p{L}+,?\s+)?(\d{1,2})\s+(\p{L}+)\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{4}|GMT|UTC?|[ECMP][SD]T)?)?/iu;
/** JavaScript's Date#toString, which some CMSs print into JSON-LD: "Tue Nov 19 2019 03:05:46 GMT+0000". */
const JS_DATE_PATTERN = /^\s*\p{L}{3}\s+(\p{L}{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})\s+GMT([+-]\d{4})/u;
/** Unix seconds (10 digits) or milliseconds (13), as some CMSs write into meta tags. */
const UNIX_TIME_PATTERN = /^\s*(\d{10}|\d{13})\s*$/;

/**
 * A date written for machines (a meta tag's content, a `datetime` attribute, JSON-LD) as ISO 8601
 * with the source's own offset kept, or null. Falls back to the human formats of visible text.
 */
export function parseMachineDate(value: string, options: { dayFirst?: boolean } = {}): string | null {
  for (const parts of [unixParts(value), isoParts(value), rfc822Parts(value), jsDateParts(value)]) {
    if (parts && isValidDate(parts)) return formatIsoDate(parts);
  }
  return findTextDate(value, options);
}

function isoParts(value: string): DateParts | null {
  const match = ISO_PATTERN.exec(value);
  if (!match) return null;
  const parts: DateParts = { year: Number(match[1]), month: Number(match[3]), day: Number(match[4]) };
  if (match[5] !== undefined) {
    parts.hour = Number(match[5]);
    parts.minute = Number(match[6]);
    parts.second = Number(match[7] ?? 0);
    const offset = normalizeOffset(match[8]);
    if (offset !== undefined) parts.offset = offset;
  }
  return parts;
}

function rfc822Parts(value: string): DateParts | null {
  const match = RFC_822_PATTERN.exec(value);
  if (!match) return null;
  const month = ENGLISH_MONTH_ABBREVIATIONS.indexOf((match[2] ?? '').slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  const parts: DateParts = { year: Number(match[3]), month, day: Number(match[1]) };
  if (match[4] !== undefined) {
    parts.hour = Number(match[4]);
    parts.minute = Number(match[5]);
    parts.second = Number(match[6] ?? 0);
    const offset = normalizeOffset(match[7]);
    if (offset !== undefined) parts.offset = offset;
  }
  return parts;
}

const ENGLISH_MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function jsDateParts(value: string): DateParts | null {
  const match = JS_DATE_PATTERN.exec(value);
  if (!match) return null;
  const month = ENGLISH_MONTH_ABBREVIATIONS.indexOf((match[1] ?? '').toLowerCase()) + 1;
  if (month === 0) return null;
  const parts: DateParts = { year: Number(match[3]), month, day: Number(match[2]) };
  parts.hour = Number(match[4]);
  parts.minute = Number(match[5]);
  parts.second = Number(match[6]);
  const offset = normalizeOffset(match[7]);
  if (offset !== undefined) parts.offset = offset;
  return parts;
}

function unixParts(value: string): DateParts | null {
  const match = UNIX_TIME_PATTERN.exec(value);
  return match ? fromUnixTime(Number(match[1])) : null;
}

import { normalizeDate } from './normalize-date.js';

/**
 * North American zone names RFC 822 allows, and the military single letters' only common one
 * (Z). Other letters are ambiguous in practice and read as no offset.
 */
const ZONES: Readonly<Record<string, string>> = {
  UT: '+00:00', UTC: '+00:00', GMT: '+00:00', Z: '+00:00',
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Thu, 01 Jan 2004 19:48:21 GMT", "1 Jan 04 19:48 EST", "Thu, 1 January 2004 19:48:21 -0500". */
const RFC_822 = /^(?:[A-Za-z]+,?\s*)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,4}|[+-]\d{2}:?\d{2})?$/;

/**
 * A feed date as ISO 8601 keeping the offset it was written with ("2004-01-01T19:48:21Z",
 * "2017-04-12T20:01:00+03:00"); null when the value is not a date. Feeds write RFC 822 (RSS),
 * W3C-DTF (Atom, Dublin Core) and, in the wild, most anything else.
 */
export function feedDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length === 0) return null;
  return fromRfc822(text) ?? normalizeDate(text);
}

function fromRfc822(text: string): string | null {
  const match = RFC_822.exec(text);
  if (!match) return null;
  const [, day, monthName, yearText, hour, minute, second, zone] = match;
  const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase()) + 1;
  if (month === 0 || Number(day) < 1 || Number(day) > 31 || Number(hour) > 23) return null;
  // RFC 822 two-digit years: RFC 2822 §4.3 reads 00–49 as 20xx and 50–99 as 19xx.
  const year = yearText?.length === 2 ? (Number(yearText) < 50 ? 2000 : 1900) + Number(yearText) : Number(yearText);
  const time = `${pad(Number(hour))}:${minute}:${second ?? '00'}`;
  return `${year}-${pad(month)}-${pad(Number(day))}T${time}${offsetOf(zone)}`;
}

function offsetOf(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (/^[+-]/.test(zone)) {
    const digits = zone.replace(':', '');
    return digits === '+0000' || digits === '-0000' ? 'Z' : `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
  }
  const offset = ZONES[zone.toUpperCase()];
  if (offset === undefined) return '';
  return offset === '+00:00' ? 'Z' : offset;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

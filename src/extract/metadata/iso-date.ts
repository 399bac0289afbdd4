/**
 * Calendar dates as ISO 8601 strings, as precise as the source: "2017-04-13", or
 * "2017-04-13T09:30:00-04:00" when the time and its UTC offset are both known. A time without an
 * offset is dropped to the date: "09:30" alone names no instant.
 */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** As printed but normalized: "Z", or "+03:00"; never applied to the clock time. */
  offset?: string;
}

/** Pages older than the web's news archives are misreadings (a founding year, a page id). */
const MIN_YEAR = 1990;
/** A page may be dated a little ahead of the clock (time zones, scheduled posts), not a year. */
const MAX_YEARS_AHEAD = 1;

export function isValidDate(parts: DateParts): boolean {
  const { year, month, day } = parts;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > new Date().getUTCFullYear() + MAX_YEARS_AHEAD) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatIsoDate(parts: DateParts): string {
  const date = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  if (parts.hour === undefined || parts.offset === undefined) return date;
  if (parts.hour > 23 || (parts.minute ?? 0) > 59 || (parts.second ?? 0) > 59) return date;
  return `${date}T${pad(parts.hour)}:${pad(parts.minute ?? 0)}:${pad(parts.second ?? 0)}${parts.offset}`;
}

/** "+0300", "+03", "+03:00", "Z", "GMT", "UTC" → "Z" or "+03:00"; null for names we cannot map. */
export function normalizeOffset(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  const upper = raw.toUpperCase();
  if (upper === 'Z') return 'Z';
  if (upper === 'GMT' || upper === 'UT' || upper === 'UTC') return '+00:00';
  const named = NAMED_OFFSETS[upper];
  if (named) return named;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(raw);
  if (!match) return undefined;
  return `${match[1]}${match[2]}:${match[3] ?? '00'}`;
}

/** The North American zone names RFC 822 allows; other abbreviations are ambiguous (IST, CST). */
const NAMED_OFFSETS: Record<string, string> = {
  EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

/** A Unix time (seconds or milliseconds) as a UTC date-time, kept with its "Z". */
export function fromUnixTime(value: number): DateParts {
  const date = new Date(value < 1e11 ? value * 1000 : value);
  return {
    year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
    hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), offset: 'Z',
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

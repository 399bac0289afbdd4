import * as chrono from 'chrono-node/en';
import type { ParsedResult } from 'chrono-node';
import { normalizeDate } from '../../ingest/normalize-date.js';

/** A date line is a date and at most a label: "Published April 13, 2017 at 9:45 am". */
const MAX_DATE_LINE_CHARS = 80;
const LABEL = /^(?:(published|posted|first published|updated|last updated|modified|date)(?:\s+(?:on|at))?\s*:?\s*)/iu;
/** Characters a date line may have around the date itself (a bullet, a pipe, a time zone name). */
const MAX_LEFTOVER_CHARS = 6;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2}))?$/u;

export interface DateLine {
  /** ISO 8601 as precise as the line says, without shifting its zone. */
  date: string;
  /** True for "Updated …"/"Modified …": a date, but not the publication date. */
  isUpdate: boolean;
}

/**
 * Reads a line that holds only a timestamp, as scrapers keep them above or below an article
 * ("November 19, 2019 at 9:45 am", "Published 2019-11-19T08:57:40+01:00", "19.11.2019, 08:57").
 * Null for any line with more to say than a date.
 */
export function readDateLine(line: string): DateLine | null {
  const trimmed = line.trim();
  if (trimmed.length > MAX_DATE_LINE_CHARS || !/\b\d{4}\b/u.test(trimmed)) return null;
  const label = LABEL.exec(trimmed);
  const rest = trimmed.slice(label?.[0].length ?? 0).trim();
  const isUpdate = /^(?:updated|last updated|modified)/iu.test(label?.[1] ?? '');
  const machineDate = /^(?:\d{4}-\d{2}|[A-Za-z]{3}, \d)/u.test(rest) ? normalizeDate(rest) : null;
  const date = dotted(rest) ?? machineDate ?? wholeLineDate(rest);
  return date ? { date, isUpdate } : null;
}

function dotted(text: string): string | null {
  const match = DOTTED_DATE.exec(text);
  if (!match) return null;
  const [, day, month, year, hour, minute] = match;
  const pad = (value: string | undefined): string => (value ?? '').padStart(2, '0');
  if (Number(month) > 12 || Number(day) > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}${hour !== undefined ? `T${pad(hour)}:${minute}` : ''}`;
}

/** chrono's reading, only when the date it found is nearly the whole line. */
function wholeLineDate(text: string): string | null {
  const result = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!result || text.length - result.text.length > MAX_LEFTOVER_CHARS) return null;
  return normalizeDate(result.text) ?? dateOf(result);
}

function dateOf(result: ParsedResult): string | null {
  const start = result.start;
  if (!start.isCertain('year') || !start.isCertain('day')) return null;
  const pad = (value: number | null | undefined): string => String(value ?? 0).padStart(2, '0');
  const day = `${start.get('year')}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
  return start.isCertain('hour') ? `${day}T${pad(start.get('hour'))}:${pad(start.get('minute'))}` : day;
}

import { formatIsoDate, isValidDate, type DateParts } from './iso-date.js';

/** /2017/04/13/, /2017-04-13-, _2017_4_13: year, month and day in a path, separated alike. */
const SEPARATED_DATE = /(?<![\d])((?:19|20)\d\d)([/_-])(\d{1,2})\2(\d{1,2})(?![\d])/;
/** /20170413/ or -20170413-: eight digits standing alone in the path, not part of an id. */
const COMPACT_DATE = /[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?=[/_.-]|$)/;

/**
 * The publication day printed in a page's URL path, as "YYYY-MM-DD", or null. The query string
 * and the host are ignored: they hold cache-busters and ids, not dates.
 */
export function findUrlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = pathOf(url);
  for (const pattern of [SEPARATED_DATE, COMPACT_DATE]) {
    const match = pattern.exec(path);
    if (!match) continue;
    const digits = pattern === SEPARATED_DATE ? [match[1], match[3], match[4]] : [match[1], match[2], match[3]];
    const parts: DateParts = { year: Number(digits[0]), month: Number(digits[1]), day: Number(digits[2]) };
    if (isValidDate(parts)) return formatIsoDate(parts);
  }
  return null;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  }
}

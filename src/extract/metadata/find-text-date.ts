import { formatIsoDate, isValidDate, type DateParts } from './iso-date.js';
import { monthFromWord } from './month-names.js';

export interface TextDateOptions {
  /** Read "07/06/2020" as 7 June (true, most of the world) or as July 6 (false, US English). */
  dayFirst?: boolean;
}

interface DatePattern {
  regex: RegExp;
  toParts(match: RegExpExecArray, options: TextDateOptions): DateParts | null;
}

// Digits must not touch the match on either side: "120200607" is an id, not a date.
const PATTERNS: readonly DatePattern[] = [
  {
    // 2020-06-07, 2020/6/7, 2020.06.07 (Korean pages print the last).
    regex: /(?<!\d)(\d{4})[-/.]\s?(\d{1,2})[-/.]\s?(\d{1,2})(?!\d)/gu,
    toParts: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // 2020年6月7日 (Japanese, Chinese), 2020년 6월 7일 (Korean).
    regex: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu,
    toParts: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // 07.06.2020, 7/6/2020, 07-06-2020: day or month first, see dayFirstParts.
    regex: /(?<![\d.\/-])(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\d)/gu,
    toParts: (m, options) => dayFirstParts(Number(m[1]), Number(m[2]), Number(m[3]), options),
  },
  {
    // 7 June 2020, 7th of June 2020, 7 de junio de 2020, 7. Juni 2020, 07-Jun-2020, 7 июня 2020.
    // Levantine Arabic pages print both names: 24 نيسان / أبريل 2020.
    regex: /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?[\s\-/]*(?:de\s+|of\s+)?(\p{L}{3,})(?:\s*\/\s*(\p{L}{3,}))?\.?,?[\s\-/]*(?:de\s+|del\s+)?(\d{4})(?!\d)/gu,
    toParts: (m) => namedMonthParts(Number(m[4]), m[2] ?? '', Number(m[1])) ?? namedMonthParts(Number(m[4]), m[3] ?? '', Number(m[1])),
  },
  {
    // June 7, 2020; Jun. 7th 2020.
    regex: /(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu,
    toParts: (m) => namedMonthParts(Number(m[3]), m[1] ?? '', Number(m[2])),
  },
  {
    // 2020. június 7. (Hungarian), 2020 m. birželio 7 d. (Lithuanian).
    regex: /(?<!\d)(\d{4})(?:\.|\s*m\.)?\s+(\p{L}{3,})\.?\s+(\d{1,2})(?!\d)/gu,
    toParts: (m) => namedMonthParts(Number(m[1]), m[2] ?? '', Number(m[3])),
  },
];

/** Whether a date pattern could occur at all: saves the regex passes on most text nodes. */
const HAS_YEAR = /(?<!\d)(19|20)\d\d(?!\d)/;

/**
 * The earliest complete calendar date (day, month and year all printed) in a text, in any of
 * the formats and languages above, as "YYYY-MM-DD"; null when there is none. A printed time is
 * not kept: visible text rarely says its time zone.
 */
export function findTextDate(text: string, options: TextDateOptions = {}): string | null {
  if (!HAS_YEAR.test(text)) return null;
  let best: { index: number; parts: DateParts } | null = null;
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern.regex)) {
      if (best && match.index >= best.index) break;
      const parts = pattern.toParts(match as RegExpExecArray, options);
      if (parts && isValidDate(parts)) {
        best = { index: match.index, parts };
        break;
      }
    }
  }
  return best ? formatIsoDate(best.parts) : null;
}

function namedMonthParts(year: number, word: string, day: number): DateParts | null {
  const month = monthFromWord(word);
  return month === null ? null : { year, month, day };
}

/** A number above 12 can only be the day; otherwise the page's convention decides. */
function dayFirstParts(first: number, second: number, year: number, options: TextDateOptions): DateParts {
  const dayFirst = first > 12 ? true : second > 12 ? false : options.dayFirst ?? true;
  return dayFirst ? { year, month: second, day: first } : { year, month: first, day: second };
}

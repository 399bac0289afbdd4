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
    regex: /(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?[\s\-/]*(?:de\s+|of\s+)?([\p{L}\p{M}]{2,})(?:\s*\/\s*([\p{L}\p{M}]{2,}))?\.?,?[\s\-/]*(?:de\s+|del\s+)?(\d{4})(?!\d)/gu,
    toParts: (m) => namedMonthParts(Number(m[4]), m[2] ?? '', Number(m[1])) ?? namedMonthParts(Number(m[4]), m[3] ?? '', Number(m[1])),
  },
  {
    // June 7, 2020; Jun. 7th 2020.
    regex: /([\p{L}\p{M}]{2,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/gu,
    toParts: (m) => namedMonthParts(Number(m[3]), m[1] ?? '', Number(m[2])),
  },
  {
    // 2020. június 7. (Hungarian), 2020 m. birželio 7 d. (Lithuanian).
    regex: /(?<!\d)(\d{4})(?:\.|\s*m\.)?\s+([\p{L}\p{M}]{2,})\.?\s+(\d{1,2})(?!\d)/gu,
    toParts: (m) => namedMonthParts(Number(m[1]), m[2] ?? '', Number(m[3])),
  },
];

/** Whether a date pattern could occur at all: saves the regex passes on most text nodes. */
const HAS_YEAR = /(?<!\d)(?:19|20|25)\d\d(?!\d)/;

/**
 * The earliest complete calendar date (day, month and year all printed) in a text, in any of
 * the formats and languages above, as "YYYY-MM-DD"; null when there is none. A printed time is
 * not kept: visible text rarely says its time zone.
 */
export function findTextDate(rawText: string, options: TextDateOptions = {}): string | null {
  const text = asciiDigits(rawText);
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

/** Thai pages count years in the Buddhist era, 543 years ahead of the Common Era. */
const BUDDHIST_ERA_OFFSET = 543;
const FIRST_BUDDHIST_ERA_YEAR = 2500;

function namedMonthParts(year: number, word: string, day: number): DateParts | null {
  const month = monthFromWord(word);
  if (month === null) return null;
  return { year: year >= FIRST_BUDDHIST_ERA_YEAR ? year - BUDDHIST_ERA_OFFSET : year, month, day };
}

/** First code points of the decimal digit runs news pages print besides ASCII. */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x1040, 0xff10];

/** Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width… digits as ASCII (one code unit each: offsets stay). */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((start) => code >= start && code <= start + 9) ?? code;
    return String(code - zero);
  });
}

/** A number above 12 can only be the day; otherwise the page's convention decides. */
function dayFirstParts(first: number, second: number, printedYear: number, options: TextDateOptions): DateParts {
  const year = printedYear >= FIRST_BUDDHIST_ERA_YEAR ? printedYear - BUDDHIST_ERA_OFFSET : printedYear;
  const dayFirst = first > 12 ? true : second > 12 ? false : options.dayFirst ?? true;
  return dayFirst ? { year, month: second, day: first } : { year, month: first, day: second };
}

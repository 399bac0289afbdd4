import { normalizeLine } from '../../text/normalize.js';
import { monthFromWord } from './month-names.js';

/**
 * "By", "Written by", "Por", "Von", "Par", "Door", "Av", "Автор:" before a byline's names. Not
 * "de" or "di": they start surnames too (De Jong, Di Maio).
 */
const LEADING_BY = /^(?:(?:written|reported|posted|story|words|text)\s+)?(?:by|por|von|par|door|av|af|от|автор[ы]?)\s*[:\-]?\s+/iu;
/** Words that make a comma-separated part a role or a place, not a name ("Staff Writer"). */
const ROLE_WORDS =
  /\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|bureau|press|news|associated|updated|published|posted|photos?|video|follow|twitter|email|senior|chief|special|guest|opinion|analyst|producer|team|desk)\b/i;
/** A person's or an agency's name: one to six words. */
const MAX_NAME_WORDS = 6;
/** Longer strings are sentences that a byline element happened to hold. */
const MAX_NAME_CHARS = 60;

/**
 * Names out of bylines as pages print them: "By Jane Doe and John Roe", "Jane Doe, Staff
 * Writer", "Jane Doe | Reuters", "jane@example.com". Splits on "and", "&", "," and "|", drops
 * emails, URLs, handles and roles, and keeps each name once, in order.
 */
export function cleanAuthorNames(values: readonly string[], options: { minWords?: number } = {}): string[] {
  const names: string[] = [];
  for (const value of values) {
    for (const part of splitByline(value)) {
      const name = cleanName(part);
      if (name === null || (isSpaced(name) && name.split(' ').length < (options.minWords ?? 1))) continue;
      if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
    }
  }
  return names;
}

/** Whether a name is in a script that separates words with spaces (Chinese and Japanese names do not). */
function isSpaced(name: string): boolean {
  return /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(name);
}

/** Where a byline moves on from the writers to other contributors. */
const OTHER_CONTRIBUTORS = /\b(?:edited|photographs?|photos?|illustrations?|graphics|additional reporting|reporting)\s+by\b.*$/is;
/** "(with Damien Leloup)", "(avec …)": co-authors in parentheses are authors too. */
const WITH_IN_PARENTHESES = /\(\s*(?:with|avec|con|com|mit|met)\s+([^)]*)\)?/giu;
/** A parenthesis holding a link, a handle or a number, or left open: not part of a name. */
const NOISE_IN_PARENTHESES = /\([^)]*(?:https?:|www\.|@|\d)[^)]*\)?|\([^)]*$/g;

function splitByline(value: string): string[] {
  return value
    .replace(OTHER_CONTRIBUTORS, '')
    .split(/\n+/)
    .flatMap((rawLine) => {
      const line = normalizeLine(rawLine)
        .replace(WITH_IN_PARENTHESES, ', $1')
        .replace(NOISE_IN_PARENTHESES, ' ')
        .replace(/\s+/g, ' ')
        .replace(LEADING_BY, '');
      return line.split(/\s*(?:,|;|\||\band\b|&|\bund\b|\by\b|\be\b|\bet\b|\bи\b)\s*/iu);
    });
}

function cleanName(part: string): string | null {
  // Letters glued to digits make a user name or handle ("CC7567"), not a person's name.
  if (/\p{L}\d/u.test(part)) return null;
  const name = withoutTrailingDate(
    part
      .replace(LEADING_BY, '')
      .replace(/\S+@\S+|https?:\/\/\S+|@\w+/g, '')
      .replace(/^[\s\-–—:•·]+|[\s\-–—:•·]+$/g, '')
      .trim(),
  );
  if (name.length < 2 || name.length > MAX_NAME_CHARS) return null;
  if (ROLE_WORDS.test(name)) return null;
  if (name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  // A name starts with a capital letter (or is in a script without case).
  if (/^\p{Ll}/u.test(name)) return null;
  return name;
}

/** "Nathan Willis March 25, 2015" → "Nathan Willis": bylines often run into the date line. */
function withoutTrailingDate(text: string): string {
  const beforeDigits = text.replace(/\d.*$/s, '').trim();
  const words = beforeDigits.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (beforeDigits !== text && monthFromWord(last) !== null) words.pop();
  return words.join(' ').replace(/[\s,\-–—:|]+$/, '');
}

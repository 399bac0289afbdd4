import { normalizeLine } from '../../text/normalize.js';
import { monthFromWord } from './month-names.js';

/**
 * "By", "Written by", "Por", "Von", "Par", "Door", "Av", "Автор:" before a byline's names. Not
 * "de" or "di": they start surnames too (De Jong, Di Maio).
 */
const LEADING_BY =
  /^(?:(?:(?:written|reported|posted|story|words|text|analysis|commentary|review|opinion)\s+)?(?:by|por|von|par|door|av|af|от|автор[ы]?)\s*[:\-]?\s+|(?:text|texto|текст|author|autor|auteur|verfasser|reporter)\s*:\s*)/iu;
/** Words that make a comma-separated part a role or a place, not a name ("Staff Writer"). */
const ROLE_WORDS =
  /\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|bureau|press|news|associated|updated|published|posted|photos?|video|follow|twitter|email|senior|chief|special|guest|opinion|analyst|producer|team|desk|commented|wrote)\b/i;
/** A person's or an agency's name: one to six words. */
const MAX_NAME_WORDS = 6;
/** Longer strings are sentences that a byline element happened to hold. */
const MAX_NAME_CHARS = 60;

/**
 * Names out of bylines as pages print them: "By Jane Doe and John Roe", "Jane Doe, Staff
 * Writer", "Jane Doe | Reuters", "jane@example.com". Splits on "and", "&", "," and "|", drops
 * emails, URLs, handles and roles, and keeps each name once, in order.
 */
export interface AuthorNameOptions {
  /** Fewest words a name may have (printed bylines: 2, so labels like "Games" are not names). */
  minWords?: number;
  /** The page's outlet: "Jill Disis, CNN Business" names the writer and then the outlet. */
  outlet?: string | null;
}

export function cleanAuthorNames(values: readonly string[], options: AuthorNameOptions = {}): string[] {
  const names: string[] = [];
  for (const value of values) {
    splitByline(value).forEach((part, index) => {
      const name = cleanName(part);
      // After a first name, a credential or the outlet is an affiliation; alone, the outlet is
      // the author (a personal blog, an agency's own site).
      if (name === null || (index > 0 && (CREDENTIAL.test(name) || isOutlet(name, options.outlet)))) return;
      if (isSpaced(name) && name.split(' ').length < (options.minWords ?? 1)) return;
      if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
    });
  }
  return names;
}

/** Degrees and suffixes after a name ("Jane Doe, MS, RDN"); alone they would be agencies (AFP, PTI). */
const CREDENTIAL = /^(?:[A-Z]{2,4}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3})$/;

/** Whether a name is the outlet's own ("CNN Business" on CNN, "Telegraph Sport" on The Telegraph). */
export function isOutlet(name: string, outlet: string | null | undefined): boolean {
  if (!outlet) return false;
  const folded = name.toLowerCase();
  const site = outlet.toLowerCase().replace(/^the\s+/, '');
  return folded === site || folded.includes(site) || (folded.length > 3 && site.includes(folded));
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
      // "and" in any case (capitalized bylines), the short conjunctions only in lower case:
      // "Sarah E. Needleman" and "Bruce Y. Lee" keep their initials.
      return line.split(/\s*(?:,|;|\||&)\s*|\s+(?:[Aa][Nn][Dd]|und|y|e|et|и|i)\s+/u);
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
  if (name.length < 2 || name.length > MAX_NAME_CHARS || /[*:]/.test(name)) return null;
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

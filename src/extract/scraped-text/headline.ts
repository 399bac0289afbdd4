import { normalizeLine } from '../../text/normalize.js';

/** Headlines run 3–20 words; 200 characters covers the longest we have seen with a kicker. */
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 25;
const MIN_HEADLINE_WORDS = 2;
/** Sentences end with these (a closing quote or bracket may follow); headlines do not. */
const FINAL_PUNCTUATION = /[.,;:…?!][”"’')\]]*$/u;
/** A word (not an abbreviation like "U.S." or "Dr.") ending a sentence before another begins. */
const TWO_SENTENCES = /\p{Ll}{2,}[.!?]\s+\p{Lu}/u;
/** A dateline printed on its own line ("BAAR, SWITZERLAND", "LONDON (AP)") opens the body. */
const DATELINE_ALONE = /^\p{Lu}[\p{Lu}\p{M}.'’ -]+(?:, ?\p{Lu}[\p{L}\p{M}.'’ -]*)?(?: ?\([^)]*\))?$/u;
/** A dateline opens the body, never a headline ("MOSCOW — …"). */
const DATELINE_START = /^\p{Lu}[\p{Lu}\p{M}.'’ ,-]+(?:\([^)]*\))?\s*[—–]/u;

/** Words headline style leaves in lower case. */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'vs', 'via', 'into', 'over']);
/**
 * Every significant word capitalized: a first sentence full of names ("Rex Tillerson met Vladimir
 * Putin in Moscow.") still has a lower-case verb.
 */
const MIN_TITLE_CASE_SHARE = 1;
const MIN_TITLE_CASE_WORDS = 4;

/**
 * Headline style ("Wash Post Fact-Check: If Obama Says It, It’s True."): some corpora end their
 * headlines with a period, and Title Case is what still tells them from a first sentence.
 */
function isTitleCase(text: string): boolean {
  const words = text.split(' ').filter((word) => /\p{L}/u.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
  if (words.length < MIN_TITLE_CASE_WORDS) return false;
  const capitalized = words.filter((word) => /^[“"‘'(]?[\p{Lu}\p{N}]/u.test(word)).length;
  return capitalized / words.length >= MIN_TITLE_CASE_SHARE;
}

/**
 * Whether the first line of a scraped text is its headline: short, without final punctuation
 * (or in Title Case with a final period), capitalized, and followed by more text. When the caller knows the title, a first line equal
 * to it is the headline whatever its punctuation.
 */
export function isHeadline(line: string, knownTitle: string | undefined, hasMoreText: boolean): boolean {
  if (!hasMoreText || line.length > MAX_HEADLINE_CHARS * 2) return false;
  const text = normalizeLine(line);
  if (text === '') return false;
  if (knownTitle !== undefined && text.toLowerCase() === normalizeLine(knownTitle).toLowerCase()) return true;
  const words = text.split(' ').length;
  if (text.length > MAX_HEADLINE_CHARS || words > MAX_HEADLINE_WORDS || words < MIN_HEADLINE_WORDS) return false;
  if (DATELINE_START.test(text) || TWO_SENTENCES.test(text)) return false;
  if (FINAL_PUNCTUATION.test(text) && !(text.endsWith('.') && isTitleCase(text))) return false;
  if (DATELINE_ALONE.test(text) && (text.includes(',') || text.includes('(')) && words <= 4) return false;
  return /^[\p{Lu}\p{N}“"‘'(]/u.test(text);
}

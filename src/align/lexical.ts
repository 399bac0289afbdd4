import { stemmer } from 'stemmer';
import type { Token } from '../model/index.js';
import { findWords } from '../text/words.js';
import { STOPWORDS } from './stopwords.js';
import { firstStartingAtOrAfter } from '../text/span-search.js';

/** A content word of a passage: its matching key (stem of the lemma) and where it is. */
export interface LexicalTerm {
  key: string;
  start: number;
  end: number;
}

// Number words up to twenty are written both ways in news ("two hours", "2 hours"): one key.
const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
const NUMBER_KEYS = new Map(NUMBER_WORDS.map((word, value) => [word, String(value)]));

/** The matching key of one word or lemma: lowercase, apostrophes folded, digits as written, else a Porter stem. */
export function termKey(word: string): string | null {
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (lower.length === 0 || STOPWORDS.has(lower)) return null;
  const number = NUMBER_KEYS.get(lower);
  if (number !== undefined) return number;
  if (/^[\d,.]+$/.test(lower)) return lower.replace(/,/g, '');
  return stemmer(lower);
}

/**
 * The content terms of `text[start, end)`. Uses the article's tokens (their lemmas) when the
 * tokens stage ran, else the words of the text; both go through the same key so articles
 * annotated either way still match.
 */
export function contentTerms(text: string, start: number, end: number, tokens?: readonly Token[]): LexicalTerm[] {
  const terms: LexicalTerm[] = [];
  if (tokens) {
    for (const token of tokensWithin(tokens, start, end)) {
      if (!/[\p{L}\p{N}]/u.test(token.lemma)) continue;
      const key = termKey(token.lemma);
      if (key) terms.push({ key, start: token.start, end: token.end });
    }
    return terms;
  }
  for (const word of findWords(text.slice(start, end))) {
    const key = termKey(word.text);
    if (key) terms.push({ key, start: start + word.start, end: start + word.end });
  }
  return terms;
}

/** Tokens inside [start, end), found by binary search (tokens are in text order). */
export function tokensWithin(tokens: readonly Token[], start: number, end: number): Token[] {
  const inside: Token[] = [];
  for (let index = firstStartingAtOrAfter(tokens, start); index < tokens.length && tokens[index]!.end <= end; index += 1) inside.push(tokens[index]!);
  return inside;
}

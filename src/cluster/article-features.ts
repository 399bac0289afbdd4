import { findWords, type WordSpan } from '../text/words.js';
import type { ClusterInput } from './cluster-input.js';
import { NOT_NAMES, STOPWORDS } from './stopwords.js';

/** Raw counts of one article's evidence, before weighting: terms, names and numbers. */
export interface ArticleCounts {
  terms: Map<string, number>;
  names: Map<string, number>;
  numbers: Map<string, number>;
  /** The year the text names most often (the latest on a tie), a coarse date for undated articles. */
  textYear: number | null;
  /** Every year the text names. */
  textYears: Set<number>;
}

/**
 * A headline word counts as this many body occurrences: the headline states the event, the body
 * wanders. 3 keeps a headline word above a word repeated twice in the body.
 */
const TITLE_TERM_WEIGHT = 3;
/** Bodies past this many characters add little about which event it is and cost time. */
const MAX_TEXT_CHARS = 20_000;

/** Counts the terms (stemmed, lowercase, no stopwords), names and numbers of an article. */
export function countArticleFeatures(input: ClusterInput): ArticleCounts {
  const text = input.text.length > MAX_TEXT_CHARS ? input.text.slice(0, MAX_TEXT_CHARS) : input.text;
  const counts: ArticleCounts = { terms: new Map(), names: new Map(), numbers: new Map(), textYear: null, textYears: new Set() };
  readYears(counts, text);
  // Found once for terms and names: finding words was a tenth of an extraction thread's time.
  const words = findWords(text);
  addTerms(counts.terms, words, 1);
  if (input.title) addTerms(counts.terms, findWords(input.title), TITLE_TERM_WEIGHT);
  if (input.entityKeys && input.entityKeys.length > 0) {
    for (const key of input.entityKeys) increment(counts.names, key.toLowerCase(), 1);
  } else {
    addCapitalizedNames(counts.names, text, words);
  }
  if (input.numbers && input.numbers.length > 0) {
    for (const value of input.numbers) if (isDistinctiveNumber(String(value))) increment(counts.numbers, String(value), 1);
  } else {
    addNumbers(counts.numbers, text);
  }
  addDateMentions(counts.numbers, text);
  return counts;
}

function addTerms(terms: Map<string, number>, words: readonly WordSpan[], weight: number): void {
  for (const word of words) {
    const lower = withoutPossessive(word.text.toLowerCase());
    if (lower.length < 3 || STOPWORDS.has(lower) || /\d/.test(lower)) continue;
    increment(terms, stem(lower), weight);
  }
}

/**
 * Crude English suffix folding ("arrests", "arrested", "arresting" → "arrest"): enough to let
 * inflections of one word meet, without a lemmatizer on the hot path.
 */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/**
 * Capitalized words as name evidence when the article carries no entity annotations. A word at
 * the start of a sentence (or line) counts only when the article also capitalizes it elsewhere,
 * so "The" and "Police" opening sentences do not pass for names.
 */
function addCapitalizedNames(names: Map<string, number>, text: string, words: readonly WordSpan[]): void {
  const atStart: string[] = [];
  const inside = new Set<string>();
  for (const word of words) {
    if (!/^\p{Lu}/u.test(word.text) || word.text.length < 2) continue;
    const key = withoutPossessive(word.text.toLowerCase());
    if (NOT_NAMES.has(key) || /\d/.test(key)) continue;
    if (startsSentence(text, word.start)) atStart.push(key);
    else {
      inside.add(key);
      increment(names, key, 1);
    }
  }
  for (const key of atStart) if (inside.has(key)) increment(names, key, 1);
}

/** "obama's" → "obama" (a word never starts with an apostrophe, so nothing is left empty). */
function withoutPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word;
}

function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start).trimEnd();
  return before.length === 0 || /[.!?:"“\n]$/.test(before) || text[start - 1] === '\n';
}

/** Numbers with at least two significant characters: "6.1", "2009", "37" — not "1" or "2". */
function addNumbers(numbers: Map<string, number>, text: string): void {
  for (const match of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const value = match[0].replace(/,(?=\d{3}\b)/g, '');
    if (isDistinctiveNumber(value)) increment(numbers, value, 1);
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_DAY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:\s*,?\s*((?:19|20)\d\d))?/g;

/**
 * Calendar dates written in the text ("July 20, 2009", "Dec. 17") as features "@07-20" and
 * "@2009-07": two events of one kind rarely share their dates, and the texts of one event repeat
 * its date.
 */
function addDateMentions(numbers: Map<string, number>, text: string): void {
  for (const match of text.matchAll(MONTH_DAY)) {
    const month = String(MONTHS.indexOf((match[1] ?? '').slice(0, 3).toLowerCase()) + 1).padStart(2, '0');
    const day = Number(match[2]);
    if (day < 1 || day > 31) continue;
    increment(numbers, `@${month}-${String(day).padStart(2, '0')}`, 1);
    if (match[3]) increment(numbers, `@${match[3]}-${month}`, 1);
  }
}

function isDistinctiveNumber(value: string): boolean {
  return value.replace(/^0+/, '').length >= 2;
}

/** Years from 1900 to 2099 written as a word of their own ("in 2008", "Dec. 17, 2008"). */
function readYears(result: ArticleCounts, text: string): void {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/(?<![\d.,])(19|20)\d\d(?![\d.,]\d)/g)) {
    const year = Number(match[0]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let bestCount = 0;
  for (const [year, count] of counts) {
    result.textYears.add(year);
    if (count > bestCount || (count === bestCount && result.textYear !== null && year > result.textYear)) {
      result.textYear = year;
      bestCount = count;
    }
  }
}

function increment(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

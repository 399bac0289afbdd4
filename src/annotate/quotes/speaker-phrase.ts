import type { SentenceToken } from './sentence-tokens.js';
import {
  DETERMINERS, SUBJECT_PRONOUNS, isBareSource, isBarrier, isNameWord, isSkippable, isVerbLike,
} from './word-classes.js';
import { CAPITALIZED_FUNCTION_WORDS } from './name-words.js';

/** A noun phrase as a range of token indexes, inclusive. */
export interface Phrase {
  first: number;
  last: number;
}

/** The most words a speaker phrase takes ("Secretary of State Rex Tillerson" is five). */
const MAX_PHRASE_WORDS = 7;

/**
 * The speaker written just before a cue at `cue`: skips adverbs and auxiliaries, follows a
 * relative `who` back to its noun, and between commas prefers the name over the description
 * ("R.C. Hammond, a senior aide, said"; "The spokeswoman, Maria Zakharova, said").
 */
export function phraseBefore(tokens: readonly SentenceToken[], cue: number): Phrase | null {
  let index = cue - 1;
  while (index >= 0 && isSkippable(tokens[index]!)) index--;
  const token = tokens[index];
  if (!token) return null;
  if (token.lower === 'who') return phraseBefore(tokens, tokens[index - 1]?.text === ',' ? index - 1 : index);
  if (SUBJECT_PRONOUNS.has(token.lower)) return { first: index, last: index };
  // "…, saying": a participle after a comma takes the clause's subject, not an apposition.
  if (token.text === ',') return tokens[cue]!.lower.endsWith('ing') ? null : appositive(tokens, index);
  const phrase = collectBackward(tokens, index);
  // "who has in the past described": a noun after a preposition is not the subject; look past it.
  if (phrase && PREPOSITIONS.has(tokens[phrase.first - 1]?.lower ?? '')) return phraseBefore(tokens, phrase.first - 1);
  return phrase;
}

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'for', 'with', 'from', 'by', 'of', 'about', 'during', 'after', 'before',
  'since', 'over', 'under', 'into', 'through', 'to', 'against', 'without', 'within', 'among',
]);

function appositive(tokens: readonly SentenceToken[], comma: number): Phrase | null {
  let previousComma = comma - 1;
  while (previousComma >= 0 && tokens[previousComma]!.text !== ',' && tokens[previousComma]!.quote === null) previousComma--;
  const inner = collectBackward(tokens, comma - 1);
  const innerWhole = inner && inner.first === previousComma + 1 ? inner : null;
  const head = previousComma >= 0 && tokens[previousComma]!.text === ',' ? collectBackward(tokens, previousComma - 1) : null;
  if (innerWhole && head) {
    const innerNamed = hasName(tokens, innerWhole);
    const headNamed = hasName(tokens, head);
    if (innerNamed !== headNamed) return innerNamed ? innerWhole : head;
    const innerIsName = !startsWithDeterminer(tokens, innerWhole);
    const headIsName = !startsWithDeterminer(tokens, head);
    return innerIsName && !headIsName ? innerWhole : head;
  }
  // "Sarandon, 69, told": an age or a clause between the commas leaves the head.
  return innerWhole ?? head;
}

/** Words backward from `last` while they can belong to one noun phrase. */
export function collectBackward(tokens: readonly SentenceToken[], end: number): Phrase | null {
  const last = skipParenthesis(tokens, end);
  let index = last;
  let sawName = false;
  let lowercaseWords = 0;
  while (index >= 0 && last - index < MAX_PHRASE_WORDS) {
    const token = tokens[index]!;
    if (!token.isWord) break;
    if (isNameWord(token)) sawName = true;
    else if (DETERMINERS.has(token.lower)) return index === last ? null : { first: index, last };
    else if (token.lower === 'of' && sawName && tokens[index - 1]?.capitalized) { /* "Secretary of State" */ }
    else if (sawName && DETERMINERS.has(tokens[index - 1]?.lower ?? '') && !isBarrier(token)) { /* "a senior Tillerson aide" */ }
    else if (!sawName && lowercaseWords < 3 && !isBarrier(token) && !isVerbLike(token)) lowercaseWords++;
    else break;
    index--;
  }
  if (index === last) return null;
  const phrase = { first: index + 1, last };
  if (sawName) return trimToName(tokens, phrase);
  return phrase.first === phrase.last && isBareSource(tokens[last]!) ? phrase : null;
}

/** "Gov. John Kasich (R-OH), said": a parenthesis closing the phrase is passed over. */
function skipParenthesis(tokens: readonly SentenceToken[], end: number): number {
  if (tokens[end]?.text !== ')') return end;
  let index = end;
  while (index >= 0 && tokens[index]!.text !== '(' && end - index < 8) index--;
  return tokens[index]?.text === '(' ? index - 1 : end;
}

/** "blasted U.S." never happens (lowercase words only precede a name after a determiner), but
 * "Trump aide" keeps its noun; a phrase that starts lowercase without a determiner is cut to its name. */
function trimToName(tokens: readonly SentenceToken[], phrase: Phrase): Phrase {
  let first = phrase.first;
  const isOpeningWord = (token: SentenceToken): boolean => CAPITALIZED_FUNCTION_WORDS.has(token.lower) && !DETERMINERS.has(token.lower);
  while (first < phrase.last && ((!isNameWord(tokens[first]!) && !DETERMINERS.has(tokens[first]!.lower)) || isOpeningWord(tokens[first]!))) first++;
  return { first, last: phrase.last };
}

/** Holds a capitalized word that is not a sentence opener ("Only minutes earlier" holds none). */
function hasName(tokens: readonly SentenceToken[], phrase: Phrase): boolean {
  return tokens.slice(phrase.first, phrase.last + 1).some((token) => token.capitalized && !CAPITALIZED_FUNCTION_WORDS.has(token.lower));
}

function startsWithDeterminer(tokens: readonly SentenceToken[], phrase: Phrase): boolean {
  return DETERMINERS.has(tokens[phrase.first]!.lower);
}

/** The speaker written just after a cue ("said Mr. Trump", "added the official"). */
export function phraseAfter(tokens: readonly SentenceToken[], cue: number): Phrase | null {
  let index = cue + 1;
  while (index < tokens.length && isSkippable(tokens[index]!)) index++;
  const first = tokens[index];
  if (!first || !first.isWord) return null;
  if (SUBJECT_PRONOUNS.has(first.lower)) return { first: index, last: index };
  let last = index - 1;
  let sawName = false;
  for (let cursor = index; cursor < tokens.length && cursor - index < MAX_PHRASE_WORDS; cursor++) {
    const token = tokens[cursor]!;
    const opens = cursor === index && DETERMINERS.has(token.lower);
    const endsPhrase = isBarrier(token) || isVerbLike(token) || DETERMINERS.has(token.lower);
    if (!token.isWord || (!opens && endsPhrase) || (sawName && !isNameWord(token))) break;
    if (isNameWord(token) && !DETERMINERS.has(token.lower) && !CAPITALIZED_FUNCTION_WORDS.has(token.lower)) sawName = true;
    last = cursor;
  }
  if (last < index) return null;
  const isDescription = DETERMINERS.has(first.lower) && last > index;
  return sawName || isDescription || isBareSource(first) ? { first: index, last } : null;
}

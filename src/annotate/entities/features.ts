/**
 * Static features of the tagger: everything about a token that does not depend on the tags
 * already given. Feature strings are hashed later; their prefixes keep templates apart.
 */

import { genderOfFirstName } from './first-names.js';
import { HONORIFIC_GENDER, TITLE_WORDS } from './titles.js';
import { isCapitalsLine, type DocumentContext } from './document-context.js';

function charKind(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return char;
  return /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
}

/** "Trump" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d": character classes, runs collapsed. */
export function shortShape(word: string): string {
  let shape = '';
  let previous = '';
  for (const char of word) {
    const kind = charKind(char);
    if (kind !== previous) shape += kind;
    previous = kind;
  }
  return shape;
}


/** A sentence with its lowercased words and shapes computed once. */
interface SentenceView {
  words: readonly string[];
  capitals: boolean;
  context: DocumentContext;
  lower: string[];
  shapes: string[];
}

function lowerAt(sentence: SentenceView, index: number): string {
  if (index < 0) return '<s>';
  return sentence.lower[index] ?? '</s>';
}

function shapeAt(sentence: SentenceView, index: number): string {
  return sentence.shapes[index] ?? '-';
}

/** What `sentenceFeatures` hands over for each token. */
export interface TokenFeatures {
  /** Same key, same word features within one document: callers may cache their hashes. */
  wordKey: string;
  wordFeatures: () => string[];
  contextFeatures: string[];
}

/**
 * Static features of every token of one sentence, handed to `emit` one token at a time so a
 * sentence of any length never holds all its feature strings at once.
 */
export function sentenceFeatures(
  words: readonly string[], context: DocumentContext, emit: (index: number, features: TokenFeatures) => void,
  capitals = isCapitalsLine(words),
): void {
  const runs = capitals ? undefined : capitalizedRuns(words);
  const sentence: SentenceView = {
    words, capitals, context, lower: words.map((word) => word.toLowerCase()), shapes: words.map(shortShape),
  };
  words.forEach((word, index) => {
    const contextFeatures = neighbourFeatures(sentence, index);
    const run = runs?.[index];
    if (run) contextFeatures.push(`run=${run.length}|${run.position}`, `run-last=${run.last}`, `run-first=${run.first}`);
    const wordKey = `${capitals}|${index === 0}|${word}`;
    emit(index, { wordKey, wordFeatures: () => wordFeatures(sentence, index), contextFeatures });
  });
}

const CAPITALIZED = /^\p{Lu}/u;

interface RunPlace {
  length: number;
  position: number;
  first: string;
  last: string;
}

/**
 * Where each token sits in its run of capitalized words ("New York Stock Exchange"), and the
 * run's first and last words: the last often says the kind ("… Exchange", "… United"). Lengths
 * and positions are capped at 4 and 3: longer runs behave alike.
 */
function capitalizedRuns(words: readonly string[]): Array<RunPlace | undefined> {
  const places: Array<RunPlace | undefined> = new Array(words.length);
  let start = 0;
  while (start < words.length) {
    if (!CAPITALIZED.test(words[start]!)) {
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < words.length && CAPITALIZED.test(words[end]!)) end += 1;
    const first = words[start]!.toLowerCase();
    const last = words[end - 1]!.toLowerCase();
    for (let index = start; index < end; index += 1) {
      places[index] = { length: Math.min(end - start, 4), position: Math.min(index - start, 3), first, last };
    }
    start = end;
  }
  return places;
}

/** Features of the word itself (and whether it opens the sentence): the same wherever it recurs. */
function wordFeatures(sentence: SentenceView, index: number): string[] {
  const { words, capitals, context } = sentence;
  const word = words[index]!;
  const low = sentence.lower[index]!;
  const shape = capitals ? 'CAPS' : sentence.shapes[index]!;
  const features = ['b', `w=${low}`, `s=${shape}`, `len=${Math.min(word.length, 8)}`, `first=${index === 0}|${shape}`];
  if (!capitals) features.push(`W=${word}`);
  for (let length = 1; length <= 4 && length < low.length; length += 1) {
    features.push(`p${length}=${low.slice(0, length)}`, `x${length}=${low.slice(-length)}`);
  }
  if (capitals || CAPITALIZED.test(word)) {
    features.push(`doc-lower=${context.lowercaseWords.has(low)}`);
    features.push(`doc-cap-inside=${context.capitalizedInside.has(low)}|${index === 0 || capitals}`);
  }
  if (capitals) features.push(`caps-line|w=${low}`);
  // Small hand lists (first names, roles, honorifics): what a reader knows about names that
  // the Reuters training text alone may not show often enough.
  if (genderOfFirstName(low)) features.push(`first-name|${shape}`);
  return features;
}

/** Features of the words around the token. */
function neighbourFeatures(sentence: SentenceView, index: number): string[] {
  const low = sentence.lower[index]!;
  const shape = sentence.capitals ? 'CAPS' : sentence.shapes[index]!;
  const before = lowerAt(sentence, index - 1);
  const after = lowerAt(sentence, index + 1);
  const shapeBefore = index > 0 ? shapeAt(sentence, index - 1) : '-';
  const shapeAfter = shapeAt(sentence, index + 1);
  const features = [
    `w-1=${before}`, `w+1=${after}`, `w-2=${lowerAt(sentence, index - 2)}`, `w+2=${lowerAt(sentence, index + 2)}`,
    `w-1w=${before}|${low}`, `ww+1=${low}|${after}`,
    `s-1=${shapeBefore}`, `s+1=${shapeAfter}`, `s-1s=${shapeBefore}|${shape}`, `ss+1=${shape}|${shapeAfter}`,
  ];
  if (index > 0 && (TITLE_WORDS.has(before) || Object.hasOwn(HONORIFIC_GENDER, before))) features.push(`after-role|${shape}`);
  return features;
}

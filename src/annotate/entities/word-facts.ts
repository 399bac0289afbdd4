import { genderOfFirstName } from './first-names.js';
import { HONORIFIC_GENDER, TITLE_WORDS } from './titles.js';

/** What the tagger reads from a word alone, computed once per distinct word and kept. */
export interface WordFacts {
  word: string;
  lower: string;
  /** Character classes, runs collapsed: "Trump" → "Xx". */
  shape: string;
  /** Starts with a capital letter. */
  capitalized: boolean;
  firstName: boolean;
  /** A role or honorific ("president", "mrs."): the next word is often a name. */
  role: boolean;
  /**
   * Buckets of the word's own features, by variant (`2 × in a capitals line + at sentence
   * start`), filled on first need by the feature code. Valid for `cache.bits` only.
   */
  buckets: Array<Int32Array | undefined>;
  /** The summed weights of those buckets by variant, for the model `scoresOf` (perceptron.ts). */
  scores: Array<Float32Array | undefined>;
  /** The summed weights of the features a token draws from this word as its neighbour, by `NeighbourSlot`. */
  neighbourScores: Array<Float32Array | undefined>;
  scoresOf: unknown;
}

/** Where a neighbour word sits from the token that reads it: one or two before, one or two after. */
export const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2] as const;
export type NeighbourSlot = 0 | 1 | 2 | 3;
export const NEIGHBOUR_SLOTS: readonly NeighbourSlot[] = [0, 1, 2, 3];

function sentinel(lower: string): WordFacts {
  return {
    word: lower, lower, shape: '-', capitalized: false, firstName: false, role: false,
    buckets: [], scores: [], neighbourScores: [], scoresOf: undefined,
  };
}

/** What a token reads before the sentence's first word and after its last. */
export const SENTENCE_START = sentinel('<s>');
export const SENTENCE_END = sentinel('</s>');

/** The word `offset` tokens from `index`, or the sentence's start or end past its edges. */
export function neighbourOf(facts: readonly WordFacts[], index: number, offset: number): WordFacts {
  const at = index + offset;
  if (at < 0) return SENTENCE_START;
  return facts[at] ?? SENTENCE_END;
}

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

const CAPITALIZED = /^\p{Lu}/u;

/**
 * Distinct words kept across documents. News reuses a small vocabulary, so most tokens of an
 * article are words seen before; 20,000 words (with their kept sums, about 20 MB at most) cover
 * a few hundred articles. When full the cache starts over, which costs one refill and needs no
 * recency bookkeeping.
 */
const MAX_CACHED_WORDS = 20_000;

let cache = { bits: -1, words: new Map<string, WordFacts>() };

/** The facts of `word`, from the cache when seen before with the same hash width. */
export function factsOf(word: string, bits: number): WordFacts {
  if (cache.bits !== bits) cache = { bits, words: new Map() };
  let facts = cache.words.get(word);
  if (facts) return facts;
  if (cache.words.size >= MAX_CACHED_WORDS) cache.words.clear();
  const lower = word.toLowerCase();
  facts = {
    word, lower, shape: shortShape(word), capitalized: CAPITALIZED.test(word),
    firstName: genderOfFirstName(lower) !== undefined,
    role: TITLE_WORDS.has(lower) || Object.hasOwn(HONORIFIC_GENDER, lower),
    buckets: [undefined, undefined, undefined, undefined],
    scores: [undefined, undefined, undefined, undefined],
    neighbourScores: [undefined, undefined, undefined, undefined],
    scoresOf: undefined,
  };
  cache.words.set(word, facts);
  return facts;
}

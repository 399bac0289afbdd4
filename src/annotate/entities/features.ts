/**
 * Static features of the tagger: everything about a token that does not depend on the tags
 * already given, written straight into hash buckets. Each feature is a template prefix ("w-1=")
 * followed by its parts; the prefix's hash state is computed once and the parts are fed after
 * it (feature-hash.ts), so no feature string is ever built. The templates and their strings are
 * those the committed weights were trained on: renaming one means retraining.
 */

import { bucketOf, feed, feedPair, prefixState } from './feature-hash.js';
import { isCapitalsLine, type DocumentContext } from './document-context.js';
import { factsOf, neighbourOf, NEIGHBOUR_OFFSETS, NEIGHBOUR_SLOTS, type NeighbourSlot, type WordFacts } from './word-facts.js';

/** The most buckets one token has besides its word's own: 2 asking the document, 14 of its neighbours. */
const MAX_CONTEXT_BUCKETS_PER_TOKEN = 16;

const BIAS = prefixState('b');
const WORD = prefixState('w=');
const CASED_WORD = prefixState('W=');
const SHAPE = prefixState('s=');
const LENGTH = Array.from({ length: 9 }, (_, length) => prefixState(`len=${length}`));
const FIRST = [prefixState('first=false|'), prefixState('first=true|')];
const PREFIX = Array.from({ length: 5 }, (_, length) => prefixState(`p${length}=`));
const SUFFIX = Array.from({ length: 5 }, (_, length) => prefixState(`x${length}=`));
const DOC_LOWER = [prefixState('doc-lower=false'), prefixState('doc-lower=true')];
const DOC_CAP_INSIDE = [false, true].map((inside) => [false, true].map((opening) => prefixState(`doc-cap-inside=${inside}|${opening}`)));
const CAPS_LINE_WORD = prefixState('caps-line|w=');
const FIRST_NAME = prefixState('first-name|');
const BEFORE = prefixState('w-1=');
const AFTER = prefixState('w+1=');
const BEFORE_2 = prefixState('w-2=');
const AFTER_2 = prefixState('w+2=');
const BEFORE_WORD = prefixState('w-1w=');
const WORD_AFTER = prefixState('ww+1=');
const SHAPE_BEFORE = prefixState('s-1=');
const SHAPE_AFTER = prefixState('s+1=');
const SHAPE_BEFORE_SHAPE = prefixState('s-1s=');
const SHAPE_SHAPE_AFTER = prefixState('ss+1=');
const AFTER_ROLE = prefixState('after-role|');
const RUN = Array.from({ length: 5 }, (_, length) => Array.from({ length: 4 }, (__, position) => prefixState(`run=${length}|${position}`)));
const RUN_LAST = prefixState('run-last=');
const RUN_FIRST = prefixState('run-first=');

/**
 * Every token's static feature buckets: those of its word alone, kept with the word's facts
 * (`facts[i].buckets[variants[i]]`), and the others back to back, `buckets[offsets[i], offsets[i + 1])`.
 * Those drawn from one neighbour word alone are among the others only when asked for
 * (`neighbourWords`): tagging reads their summed weights from the neighbour's facts instead.
 */
export interface SentenceBuckets {
  facts: WordFacts[];
  variants: Uint8Array;
  buckets: Int32Array;
  offsets: Int32Array;
}

/** The static feature buckets of every token of one sentence of a document whose context is known. */
export function sentenceBuckets(
  words: readonly string[], context: DocumentContext, bits: number, capitals: boolean, neighbourWords: boolean,
): SentenceBuckets {
  const facts = words.map((word) => factsOf(word, bits));
  const variants = new Uint8Array(words.length);
  const buckets = new Int32Array(words.length * MAX_CONTEXT_BUCKETS_PER_TOKEN);
  const offsets = new Int32Array(words.length + 1);
  const runs = capitals ? undefined : capitalizedRuns(facts);
  let length = 0;
  for (let index = 0; index < words.length; index += 1) {
    variants[index] = ownVariant(facts[index]!, index === 0, capitals, bits);
    length = writeDocumentBuckets(facts[index]!, index === 0, capitals, context, bits, buckets, length);
    if (neighbourWords) {
      for (const slot of NEIGHBOUR_SLOTS) {
        for (const bucket of neighbourBuckets(slot, neighbourOf(facts, index, NEIGHBOUR_OFFSETS[slot]), bits)) buckets[length++] = bucket;
      }
    }
    length = writePairBuckets(facts, index, capitals, bits, buckets, length);
    if (runs && runs.end[index]! > 0) length = writeRunBuckets(facts, index, runs.start[index]!, runs.end[index]!, bits, buckets, length);
    offsets[index + 1] = length;
  }
  return { facts, variants, buckets, offsets };
}

/**
 * Features of the word itself, and whether it opens the sentence: the same wherever it recurs,
 * so they are hashed once per word and variant and kept with its facts.
 */
function ownVariant(facts: WordFacts, first: boolean, capitals: boolean, bits: number): number {
  const variant = (capitals ? 2 : 0) + (first ? 1 : 0);
  facts.buckets[variant] ??= ownBuckets(facts, first, capitals, bits);
  return variant;
}

/** The two features that ask the document about a capitalized word, looked up each time. */
function writeDocumentBuckets(
  facts: WordFacts, first: boolean, capitals: boolean, context: DocumentContext, bits: number,
  into: Int32Array, at: number,
): number {
  if (capitals || facts.capitalized) {
    into[at++] = bucketOf(DOC_LOWER[Number(context.lowercaseWords.has(facts.lower))]!, bits);
    const inside = Number(context.capitalizedInside.has(facts.lower));
    into[at++] = bucketOf(DOC_CAP_INSIDE[inside]![Number(first || capitals)]!, bits);
  }
  return at;
}

function ownBuckets(facts: WordFacts, first: boolean, capitals: boolean, bits: number): Int32Array {
  const { word, lower } = facts;
  const shape = capitals ? 'CAPS' : facts.shape;
  const states = [
    BIAS, feed(WORD, lower), feed(SHAPE, shape), LENGTH[Math.min(word.length, 8)]!, feed(FIRST[Number(first)]!, shape),
  ];
  if (!capitals) states.push(feed(CASED_WORD, word));
  for (let length = 1; length <= 4 && length < lower.length; length += 1) {
    states.push(feed(PREFIX[length]!, lower, 0, length), feed(SUFFIX[length]!, lower, lower.length - length));
  }
  if (capitals) states.push(feed(CAPS_LINE_WORD, lower));
  // Small hand lists (first names, roles, honorifics): what a reader knows about names that
  // the Reuters training text alone may not show often enough.
  if (facts.firstName) states.push(feed(FIRST_NAME, shape));
  return Int32Array.from(states, (state) => bucketOf(state, bits));
}

/** The features a token draws from one neighbour word alone, by where the neighbour sits. */
export function neighbourBuckets(slot: NeighbourSlot, neighbour: WordFacts, bits: number): number[] {
  switch (slot) {
    case 0: return [bucketOf(feed(BEFORE, neighbour.lower), bits), bucketOf(feed(SHAPE_BEFORE, neighbour.shape), bits)];
    case 1: return [bucketOf(feed(AFTER, neighbour.lower), bits), bucketOf(feed(SHAPE_AFTER, neighbour.shape), bits)];
    case 2: return [bucketOf(feed(BEFORE_2, neighbour.lower), bits)];
    case 3: return [bucketOf(feed(AFTER_2, neighbour.lower), bits)];
  }
}

/**
 * Features of the token with its neighbours: word and shape pairs, and whether a role precedes
 * it. Neighbours keep their own shape even in a capitals line.
 */
function writePairBuckets(
  facts: readonly WordFacts[], index: number, capitals: boolean, bits: number, into: Int32Array, at: number,
): number {
  const word = facts[index]!.lower;
  const shape = capitals ? 'CAPS' : facts[index]!.shape;
  const before = neighbourOf(facts, index, -1);
  const after = neighbourOf(facts, index, 1);
  into[at++] = bucketOf(feedPair(BEFORE_WORD, before.lower, word), bits);
  into[at++] = bucketOf(feedPair(WORD_AFTER, word, after.lower), bits);
  into[at++] = bucketOf(feedPair(SHAPE_BEFORE_SHAPE, before.shape, shape), bits);
  into[at++] = bucketOf(feedPair(SHAPE_SHAPE_AFTER, shape, after.shape), bits);
  if (before.role) into[at++] = bucketOf(feed(AFTER_ROLE, shape), bits);
  return at;
}

/**
 * Where the token sits in its run of capitalized words ("New York Stock Exchange"), and the
 * run's first and last words: the last often says the kind ("… Exchange", "… United"). Lengths
 * and positions are capped at 4 and 3: longer runs behave alike.
 */
function writeRunBuckets(
  facts: readonly WordFacts[], index: number, start: number, end: number, bits: number, into: Int32Array, at: number,
): number {
  into[at++] = bucketOf(RUN[Math.min(end - start, 4)]![Math.min(index - start, 3)]!, bits);
  into[at++] = bucketOf(feed(RUN_LAST, facts[end - 1]!.lower), bits);
  into[at++] = bucketOf(feed(RUN_FIRST, facts[start]!.lower), bits);
  return at;
}

/** The run of capitalized words around each token, `[start, end)`; `end` is 0 outside runs. */
function capitalizedRuns(facts: readonly WordFacts[]): { start: Int32Array; end: Int32Array } {
  const starts = new Int32Array(facts.length);
  const ends = new Int32Array(facts.length);
  let start = 0;
  while (start < facts.length) {
    if (!facts[start]!.capitalized) {
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < facts.length && facts[end]!.capitalized) end += 1;
    starts.fill(start, start, end);
    ends.fill(end, start, end);
    start = end;
  }
  return { start: starts, end: ends };
}

import { neighbourBuckets } from './features.js';
import { TAG_COUNT, type TaggerWeights } from './perceptron.js';
import type { NeighbourSlot, WordFacts } from './word-facts.js';

/** Adds the weights of `buckets[start, end)` to `scores`, one row of TAG_COUNT per bucket. */
export function addWeights(model: TaggerWeights, buckets: ArrayLike<number>, start: number, end: number, scores: Float64Array): void {
  const { weights, rowOfBucket } = model;
  for (let position = start; position < end; position += 1) {
    const row = rowOfBucket ? rowOfBucket[buckets[position]!]! : buckets[position]!;
    // Most unknown features land on the zero row: nothing to add.
    if (rowOfBucket && row === 0) continue;
    const base = row * TAG_COUNT;
    for (let tag = 0; tag < TAG_COUNT; tag += 1) scores[tag]! += weights[base + tag]!;
  }
}

export function addScores(scores: Float64Array, more: Float32Array): void {
  for (let tag = 0; tag < TAG_COUNT; tag += 1) scores[tag]! += more[tag]!;
}

/**
 * Summed weights kept with a word's facts, for a frozen model only (tagging, never training):
 * a recurring word then costs one read of 17 sums instead of several scattered rows of the
 * table. All are dropped when another model asks. Integer weights sum exactly, so the scores,
 * and the tags, are those of adding every row each time.
 */
function forModel(model: TaggerWeights, facts: WordFacts): WordFacts {
  if (facts.scoresOf !== model) {
    facts.scoresOf = model;
    facts.scores = [undefined, undefined, undefined, undefined];
    facts.neighbourScores = [undefined, undefined, undefined, undefined];
  }
  return facts;
}

/**
 * Kept as 32-bit floats, half the memory of the word cache: sums of at most a few dozen 16-bit
 * weights stay far below 2^24, so they are exact.
 */
function summed(model: TaggerWeights, buckets: ArrayLike<number>): Float32Array {
  const scores = new Float64Array(TAG_COUNT);
  addWeights(model, buckets, 0, buckets.length, scores);
  return Float32Array.from(scores);
}

/** The summed weights of the word's own features in one variant (features.ts). */
export function ownScores(model: TaggerWeights, facts: WordFacts, variant: number): Float32Array {
  const scores = forModel(model, facts).scores;
  return (scores[variant] ??= summed(model, facts.buckets[variant]!));
}

/** The summed weights of the features a token draws from this word as its neighbour in `slot`. */
export function neighbourScores(model: TaggerWeights, facts: WordFacts, slot: NeighbourSlot): Float32Array {
  const scores = forModel(model, facts).neighbourScores;
  return (scores[slot] ??= summed(model, neighbourBuckets(slot, facts, model.bits)));
}

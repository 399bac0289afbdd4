import { TAGS, mayFollow, typeOf } from './tagset.js';

const TAG_COUNT = TAGS.length;

/**
 * Weights of a hashed-feature linear tagger: `weights[bucket * TAG_COUNT + tag]`. Training uses
 * floats; the committed model is loaded as its 16-bit quantized integers, which halves the table
 * (its random reads are most of tagging time) and leaves every argmax as it was, since all
 * weights share one scale.
 */
export interface TaggerWeights {
  bits: number;
  weights: Float32Array | Int16Array;
}

/** FNV-1a over UTF-16 code units: fast, deterministic, stable across runs and machines. */
export function hashFeature(feature: string, bits: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < feature.length; index += 1) {
    hash ^= feature.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & ((1 << bits) - 1);
}

/** A sentence ready to tag: its lowercased words and the hashed static features of each. */
export interface PreparedSentence {
  /** A headline in capitals, where case says nothing about names. */
  capitalsLine: boolean;
  lowerWords: string[];
  capitalized: boolean[];
  features: Int32Array[];
}

/**
 * Features that depend on tags already chosen: the two previous tags, and the type this
 * document last gave the same capitalized word (names repeat; "Lavrov" stays a person).
 */
export function dynamicFeatures(
  sentence: PreparedSentence, index: number, previous: number, previous2: number,
  lastTypes: Map<string, string>, bits: number,
): number[] {
  const word = sentence.lowerWords[index]!;
  const tagHashes = tagFeatureHashes(bits);
  const features = [
    tagHashes.previous[previous]!, tagHashes.previousTwo[previous2 * TAG_COUNT + previous]!,
    hashFeature(`t-1w=${previous}|${word}`, bits),
  ];
  if (sentence.capitalized[index]) features.push(hashFeature(`doc-last=${lastTypes.get(word) ?? 'none'}`, bits));
  return features;
}

let tagHashCache: { bits: number; previous: Int32Array; previousTwo: Int32Array } | undefined;

/** The hashes of the tag-only features, computed once: they are the same strings at every token. */
function tagFeatureHashes(bits: number): { previous: Int32Array; previousTwo: Int32Array } {
  if (tagHashCache?.bits === bits) return tagHashCache;
  const previous = new Int32Array(TAG_COUNT);
  const previousTwo = new Int32Array(TAG_COUNT * TAG_COUNT);
  for (let first = 0; first < TAG_COUNT; first += 1) {
    previous[first] = hashFeature(`t-1=${first}`, bits);
    for (let second = 0; second < TAG_COUNT; second += 1) {
      previousTwo[second * TAG_COUNT + first] = hashFeature(`t-2t-1=${second}|${first}`, bits);
    }
  }
  tagHashCache = { bits, previous, previousTwo };
  return tagHashCache;
}

function addWeights(weights: Float32Array | Int16Array, buckets: ArrayLike<number>, scores: Float64Array): void {
  for (let position = 0; position < buckets.length; position += 1) {
    const base = buckets[position]! * TAG_COUNT;
    for (let tag = 0; tag < TAG_COUNT; tag += 1) scores[tag]! += weights[base + tag]!;
  }
}

function scoreTags(model: TaggerWeights, staticFeatures: Int32Array, dynamic: number[]): Float64Array {
  const scores = new Float64Array(TAG_COUNT);
  addWeights(model.weights, staticFeatures, scores);
  addWeights(model.weights, dynamic, scores);
  return scores;
}

function bestAllowed(scores: Float64Array, previous: number, constrained: boolean): number {
  let best = 0;
  for (let tag = 1; tag < TAG_COUNT; tag += 1) {
    if ((!constrained || mayFollow(previous, tag)) && scores[tag]! > scores[best]!) best = tag;
  }
  return best;
}

/** Called at each token with the features used and the chosen tag (training updates here). */
export type OnTagged = (index: number, features: number[], guess: number) => void;

/**
 * Tags one sentence left to right, greedily; outside training an I- tag only continues its type.
 * `lastTypes` carries the document's memory across its sentences and is updated here.
 */
export function tagSentence(
  model: TaggerWeights, sentence: PreparedSentence, lastTypes: Map<string, string>,
  onTagged?: OnTagged,
): number[] {
  const tags: number[] = [];
  for (let index = 0; index < sentence.lowerWords.length; index += 1) {
    const previous = tags[index - 1] ?? 0;
    const previous2 = tags[index - 2] ?? 0;
    const dynamic = dynamicFeatures(sentence, index, previous, previous2, lastTypes, model.bits);
    // Training sees every tag compete (onTagged set): a tag hidden by the constraint would never
    // be corrected there and would grow weights that mislead it when it is allowed.
    const guess = bestAllowed(scoreTags(model, sentence.features[index]!, dynamic), previous, !onTagged);
    if (onTagged) onTagged(index, [...sentence.features[index]!, ...dynamic], guess);
    tags.push(guess);
    if (sentence.capitalized[index]) lastTypes.set(sentence.lowerWords[index]!, typeOf(guess));
  }
  return tags;
}

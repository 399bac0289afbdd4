import { TAGS, mayFollow, typeOf } from './tagset.js';
import { bucketOf, feed, prefixState } from './feature-hash.js';
import { neighbourOf, NEIGHBOUR_OFFSETS, NEIGHBOUR_SLOTS, type WordFacts } from './word-facts.js';
import { addScores, addWeights, neighbourScores, ownScores } from './score-cache.js';
import { neighbourBuckets } from './features.js';

export const TAG_COUNT = TAGS.length;

/**
 * Weights of a hashed-feature linear tagger, one row of TAG_COUNT weights per bucket. Training
 * uses floats, one row per bucket: `weights[bucket * TAG_COUNT + tag]`. The committed model is
 * loaded as its 16-bit quantized integers, which leaves every argmax as it was (all weights
 * share one scale), and only its non-zero rows (about 110,000 of 2^20), found through
 * `rowOfBucket`: 8 MB instead of 35 MB, so the table's random reads, most of tagging time,
 * mostly hit the processor's cache.
 */
export interface TaggerWeights {
  bits: number;
  weights: Float32Array | Int16Array;
  /** The row of `weights` that holds each bucket's; row 0 is all zeros. Absent: row = bucket. */
  rowOfBucket?: Uint32Array;
}

/** A sentence ready to tag: its lowercased words and the hashed static features of each. */
export interface PreparedSentence {
  /** A headline in capitals, where case says nothing about names. */
  capitalsLine: boolean;
  lowerWords: string[];
  capitalized: boolean[];
  /** Token i's word and variant: the buckets of the word's own features are `words[i].buckets[variants[i]]`. */
  words: WordFacts[];
  variants: Uint8Array;
  /**
   * Whether `buckets` also holds the features drawn from one neighbour word (for training);
   * if not, tagging adds their summed weights kept with the neighbour's facts.
   */
  neighbourWords: boolean;
  /** Token i's other static feature buckets are `buckets[offsets[i], offsets[i + 1])`. */
  buckets: Int32Array;
  offsets: Int32Array;
}

const PREVIOUS_TAG = TAGS.map((_, tag) => prefixState(`t-1=${tag}`));
const PREVIOUS_TWO_TAGS = TAGS.flatMap((_, second) => TAGS.map((__, first) => prefixState(`t-2t-1=${second}|${first}`)));
const PREVIOUS_TAG_WORD = TAGS.map((_, tag) => prefixState(`t-1w=${tag}|`));
const LAST_TYPE = new Map(['none', ...new Set(TAGS.map((_, tag) => typeOf(tag)))].map((type) => [type, prefixState(`doc-last=${type}`)]));

const NO_BUCKETS: readonly number[] = [];

/** At most four dynamic features per token. */
const MAX_DYNAMIC = 4;

/**
 * Features that depend on tags already chosen: the two previous tags, and the type this
 * document last gave the same capitalized word (names repeat; "Lavrov" stays a person).
 * Written into `into`; returns how many.
 */
function writeDynamicBuckets(
  sentence: PreparedSentence, index: number, previous: number, previous2: number,
  lastTypes: Map<string, string>, bits: number, into: Int32Array,
): number {
  const word = sentence.lowerWords[index]!;
  into[0] = bucketOf(PREVIOUS_TAG[previous]!, bits);
  into[1] = bucketOf(PREVIOUS_TWO_TAGS[previous2 * TAG_COUNT + previous]!, bits);
  into[2] = bucketOf(feed(PREVIOUS_TAG_WORD[previous]!, word), bits);
  if (!sentence.capitalized[index]) return 3;
  const type = lastTypes.get(word) ?? 'none';
  into[3] = bucketOf(LAST_TYPE.get(type) ?? prefixState(`doc-last=${type}`), bits);
  return 4;
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
  const { words, variants, buckets, offsets } = sentence;
  const tags = new Array<number>(sentence.lowerWords.length);
  // Reused at every token: allocating them per token was a measurable share of tagging.
  const scores = new Float64Array(TAG_COUNT);
  const dynamic = new Int32Array(MAX_DYNAMIC);
  for (let index = 0; index < tags.length; index += 1) {
    const previous = index > 0 ? tags[index - 1]! : 0;
    const previous2 = index > 1 ? tags[index - 2]! : 0;
    const dynamicCount = writeDynamicBuckets(sentence, index, previous, previous2, lastTypes, model.bits, dynamic);
    const own = words[index]!.buckets[variants[index]!]!;
    // Training reads every bucket (its weights change at each step); tagging, the kept sums.
    let fromNeighbours = NO_BUCKETS;
    if (onTagged) {
      scores.fill(0);
      addWeights(model, own, 0, own.length, scores);
      if (!sentence.neighbourWords) {
        fromNeighbours = NEIGHBOUR_SLOTS.flatMap((slot) => neighbourBuckets(slot, neighbourOf(words, index, NEIGHBOUR_OFFSETS[slot]), model.bits));
        addWeights(model, fromNeighbours, 0, fromNeighbours.length, scores);
      }
    } else {
      scores.set(ownScores(model, words[index]!, variants[index]!));
      if (!sentence.neighbourWords) {
        for (const slot of NEIGHBOUR_SLOTS) {
          addScores(scores, neighbourScores(model, neighbourOf(words, index, NEIGHBOUR_OFFSETS[slot]), slot));
        }
      }
    }
    addWeights(model, buckets, offsets[index]!, offsets[index + 1]!, scores);
    addWeights(model, dynamic, 0, dynamicCount, scores);
    // Training sees every tag compete (onTagged set): a tag hidden by the constraint would never
    // be corrected there and would grow weights that mislead it when it is allowed.
    const guess = bestAllowed(scores, previous, !onTagged);
    if (onTagged) {
      onTagged(index, [...own, ...fromNeighbours, ...buckets.subarray(offsets[index]!, offsets[index + 1]!), ...dynamic.subarray(0, dynamicCount)], guess);
    }
    tags[index] = guess;
    if (sentence.capitalized[index]) lastTypes.set(sentence.lowerWords[index]!, typeOf(guess));
  }
  return tags;
}

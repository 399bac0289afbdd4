import { countAt, countsById, createFeatureSlots, findFeature, idAt, setCount, slotOfFeature, type FeatureSlots } from './feature-slots.js';

/**
 * Document frequencies learned online from the stream: each article counts once per feature it
 * contains, before it is weighted, so an article's own features are never unseen.
 *
 * Each feature gets a small integer id on first sight (0, 1, 2… in order of appearance); its id
 * and count live in a FeatureSlots table. The ids let the clusterer compare vectors through a
 * dense scratch array instead of hash lookups (see packed-vector.ts); they are not stored, since
 * re-reading the features in order gives them back.
 */
export interface DocumentFrequencies {
  documentCount: number;
  /** Every feature seen, by id. */
  features: string[];
  /** Each feature's id and count (the documents holding it). */
  slots: FeatureSlots;
}

export function emptyFrequencies(): DocumentFrequencies {
  return { documentCount: 0, features: [], slots: createFeatureSlots() };
}

/** A table holding these features with these counts, ids given in this order. */
export function frequenciesFromEntries(documentCount: number, entries: Iterable<readonly [string, number]>): DocumentFrequencies {
  const frequencies = emptyFrequencies();
  frequencies.documentCount = documentCount;
  for (const [feature, count] of entries) setCount(frequencies.slots, slotOf(frequencies, feature), count);
  return frequencies;
}

/** Every feature with its count, in id order. */
export function* frequencyEntries(frequencies: DocumentFrequencies): Generator<[string, number]> {
  const counts = countsById(frequencies.slots);
  for (let id = 0; id < frequencies.features.length; id += 1) yield [frequencies.features[id] as string, counts[id] as number];
}

/** The feature's id, or undefined when the table never counted it. */
export function featureId(frequencies: DocumentFrequencies, feature: string): number | undefined {
  const id = findFeature(frequencies.slots, feature);
  return id < 0 ? undefined : id;
}

/** The offset of the feature's slot (see slotOfFeature), given the next id now if it is new (with a count of 0). */
function slotOf(frequencies: DocumentFrequencies, feature: string): number {
  const before = frequencies.slots.size;
  const offset = slotOfFeature(frequencies.slots, feature);
  if (frequencies.slots.size > before) frequencies.features.push(feature);
  return offset;
}

/**
 * Smoothed inverse document frequency. `PRIOR_DOCUMENTS` pretends the stream began with that
 * many documents holding none of the features, so in the first articles of a stream, when every
 * count is 1, a word seen in all of them is still weighted below one seen once.
 */
const PRIOR_DOCUMENTS = 10;

function inverseFrequencyOfCount(frequencies: DocumentFrequencies, count: number): number {
  return Math.log((frequencies.documentCount + PRIOR_DOCUMENTS + 1) / (count + 0.5));
}

/** One document's features after counting: parallel arrays, in the order the features came. */
export interface WeighedFeatures {
  features: string[];
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * Counts one document in, then weighs each of its features by its smoothed idf (its own count
 * included), with one table lookup per feature: the table holds every feature of the stream,
 * and at bench:ingest's scale counting and weighing with separate lookups took a tenth of
 * ingest's main thread. `features`: the document's distinct features, each with a value;
 * returns `valueOf(value) × idf` per feature, in the same order.
 */
export function countAndWeigh(frequencies: DocumentFrequencies, features: ReadonlyMap<string, number>, valueOf: (count: number) => number): WeighedFeatures {
  frequencies.documentCount += 1;
  // Sized up front, and forEach rather than for…of (no [feature, value] array per feature):
  // this runs for every feature of every article on ingest's busiest thread.
  const weighed: WeighedFeatures = { features: new Array<string>(features.size), ids: new Int32Array(features.size), weights: new Float64Array(features.size) };
  let at = 0;
  features.forEach((value, feature) => {
    const offset = slotOf(frequencies, feature);
    const count = countAt(frequencies.slots, offset) + 1;
    setCount(frequencies.slots, offset, count);
    weighed.features[at] = feature;
    weighed.ids[at] = idAt(frequencies.slots, offset);
    weighed.weights[at] = valueOf(value) * inverseFrequencyOfCount(frequencies, count);
    at += 1;
  });
  return weighed;
}

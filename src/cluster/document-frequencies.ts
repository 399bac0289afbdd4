/**
 * Document frequencies learned online from the stream: each article counts once per feature it
 * contains, before it is weighted, so an article's own features are never unseen.
 *
 * Each feature gets a small integer id on first sight (0, 1, 2… in order of appearance) and its
 * count lives at that id in a typed array. The ids let the clusterer compare vectors through a
 * dense scratch array instead of hash lookups (see packed-vector.ts); they are not stored, since
 * re-reading the features in order gives them back.
 */
export interface DocumentFrequencies {
  documentCount: number;
  /** Every feature seen, with its id. */
  ids: Map<string, number>;
  /** Documents holding each feature, by id (the array is longer than `ids.size`: room to grow). */
  counts: Int32Array;
}

export function emptyFrequencies(): DocumentFrequencies {
  return { documentCount: 0, ids: new Map(), counts: new Int32Array(INITIAL_CAPACITY) };
}

const INITIAL_CAPACITY = 1024;

/** A table holding these features with these counts, ids given in this order. */
export function frequenciesFromEntries(documentCount: number, entries: Iterable<readonly [string, number]>): DocumentFrequencies {
  const frequencies = emptyFrequencies();
  frequencies.documentCount = documentCount;
  for (const [feature, count] of entries) {
    const id = idOf(frequencies, feature); // first: it may replace `counts` with a longer array
    frequencies.counts[id] = count;
  }
  return frequencies;
}

/** Every feature with its count, in id order. */
export function* frequencyEntries(frequencies: DocumentFrequencies): Generator<[string, number]> {
  for (const [feature, id] of frequencies.ids) yield [feature, frequencies.counts[id] as number];
}

/** The feature's id, given to it now if it is new (with a count of 0). */
function idOf(frequencies: DocumentFrequencies, feature: string): number {
  let id = frequencies.ids.get(feature);
  if (id === undefined) {
    id = frequencies.ids.size;
    frequencies.ids.set(feature, id);
    if (id === frequencies.counts.length) {
      const grown = new Int32Array(frequencies.counts.length * 2);
      grown.set(frequencies.counts);
      frequencies.counts = grown;
    }
  }
  return id;
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
    const id = idOf(frequencies, feature);
    const count = (frequencies.counts[id] as number) + 1;
    frequencies.counts[id] = count;
    weighed.features[at] = feature;
    weighed.ids[at] = id;
    weighed.weights[at] = valueOf(value) * inverseFrequencyOfCount(frequencies, count);
    at += 1;
  });
  return weighed;
}

/**
 * Document frequencies learned online from the stream: each article counts once per feature it
 * contains, before it is weighted, so an article's own features are never unseen.
 */
export interface DocumentFrequencies {
  documentCount: number;
  counts: Map<string, number>;
}

export function emptyFrequencies(): DocumentFrequencies {
  return { documentCount: 0, counts: new Map() };
}

export function countDocument(frequencies: DocumentFrequencies, features: Iterable<string>): void {
  frequencies.documentCount += 1;
  for (const feature of features) frequencies.counts.set(feature, (frequencies.counts.get(feature) ?? 0) + 1);
}

/**
 * Smoothed inverse document frequency. `PRIOR_DOCUMENTS` pretends the stream began with that
 * many documents holding none of the features, so in the first articles of a stream, when every
 * count is 1, a word seen in all of them is still weighted below one seen once.
 */
const PRIOR_DOCUMENTS = 10;

export function inverseFrequency(frequencies: DocumentFrequencies, feature: string): number {
  const count = frequencies.counts.get(feature) ?? 0;
  return Math.log((frequencies.documentCount + PRIOR_DOCUMENTS + 1) / (count + 0.5));
}

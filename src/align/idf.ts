/**
 * Inverse document frequencies over a set of passages (each passage one "document").
 * Smoothed as log((N + 1) / (df + 1)) + 1 so that a word found in every passage still weighs a
 * little and an unseen word weighs the most.
 */
export interface IdfTable {
  documents: number;
  frequencies: Map<string, number>;
}

export function buildIdf(passages: Iterable<readonly string[]>): IdfTable {
  const frequencies = new Map<string, number>();
  let documents = 0;
  for (const keys of passages) {
    documents += 1;
    for (const key of new Set(keys)) frequencies.set(key, (frequencies.get(key) ?? 0) + 1);
  }
  return { documents, frequencies };
}

export function idfWeight(table: IdfTable, key: string): number {
  return Math.log((table.documents + 1) / ((table.frequencies.get(key) ?? 0) + 1)) + 1;
}

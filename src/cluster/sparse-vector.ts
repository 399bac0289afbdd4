/** A sparse vector of named features. A Map keeps insertion order, so iteration is deterministic. */
export type SparseVector = Map<string, number>;

export function vectorNorm(vector: SparseVector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** Dot product, iterating the smaller vector (packed-vector.ts `spreadDot` sums the same way over ids). */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** The norms of the three kinds of evidence. */
export interface EvidenceNorms {
  terms: number;
  names: number;
  numbers: number;
}

export function evidenceNorms(vectors: { terms: SparseVector; names: SparseVector; numbers: SparseVector }): EvidenceNorms {
  return { terms: vectorNorm(vectors.terms), names: vectorNorm(vectors.names), numbers: vectorNorm(vectors.numbers) };
}

/** Adds `vector` into `sum` in place. */
export function addInto(sum: SparseVector, vector: SparseVector): void {
  vector.forEach((value, key) => { sum.set(key, (sum.get(key) ?? 0) + value); });
}

/**
 * The `limit` largest entries, ties broken by key so the result does not depend on the order
 * features were first seen.
 */
export function topEntries(vector: SparseVector, limit: number): Array<[string, number]> {
  if (limit <= SELECT_BELOW) return selectTop(vector, limit);
  const entries = [...vector];
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return entries.slice(0, limit);
}

/**
 * Up to this many entries are picked by selection rather than a sort of the whole vector: the
 * clusterer asks several times per article for the top 10–30 of a few hundred features, and
 * sorting them all was most of that cost. Both give the same entries in the same order.
 */
const SELECT_BELOW = 64;

/** The `limit` largest entries, best first, kept in a sorted array as the vector is scanned once. */
function selectTop(vector: SparseVector, limit: number): Array<[string, number]> {
  const top: Array<[string, number]> = [];
  if (limit <= 0) return top;
  // forEach rather than for…of: no [key, value] array per entry, only for those kept.
  vector.forEach((value, key) => {
    if (top.length === limit && !ranksBefore(key, value, top[limit - 1]!)) return;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && ranksBefore(key, value, top[at - 1]!)) {
      top[at] = top[at - 1]!;
      at -= 1;
    }
    top[at] = [key, value];
  });
  return top;
}

/** The order of topEntries: the larger value first, then the smaller key. */
function ranksBefore(key: string, value: number, other: readonly [string, number]): boolean {
  return value > other[1] || (value === other[1] && key < other[0]);
}

/** Keeps only the `limit` largest entries (the others are dropped in place). */
export function pruneTo(vector: SparseVector, limit: number): SparseVector {
  if (vector.size <= limit) return vector;
  return new Map(topEntries(vector, limit));
}

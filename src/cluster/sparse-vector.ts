/** A sparse vector of named features. A Map keeps insertion order, so iteration is deterministic. */
export type SparseVector = Map<string, number>;

export function vectorNorm(vector: SparseVector): number {
  let sum = 0;
  for (const value of vector.values()) sum += value * value;
  return Math.sqrt(sum);
}

/** The vector scaled to length 1 (an empty vector stays empty). */
export function normalized(vector: SparseVector): SparseVector {
  const norm = vectorNorm(vector);
  const result: SparseVector = new Map();
  if (norm === 0) return result;
  for (const [key, value] of vector) result.set(key, value / norm);
  return result;
}

/** Dot product, iterating the smaller vector. */
export function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [key, value] of small) {
    const other = large.get(key);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** Cosine similarity; 0 when either vector is empty. */
export function cosine(a: SparseVector, b: SparseVector): number {
  return cosineWithNorms(a, vectorNorm(a), b, vectorNorm(b));
}

/** Cosine similarity given both vectors' norms (kept beside vectors compared many times). */
export function cosineWithNorms(a: SparseVector, normA: number, b: SparseVector, normB: number): number {
  const norms = normA * normB;
  return norms === 0 ? 0 : dot(a, b) / norms;
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
  for (const [key, value] of vector) sum.set(key, (sum.get(key) ?? 0) + value);
}

/**
 * The `limit` largest entries, ties broken by key so the result does not depend on the order
 * features were first seen.
 */
export function topEntries(vector: SparseVector, limit: number): Array<[string, number]> {
  const entries = [...vector];
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return entries.slice(0, limit);
}

/** Keeps only the `limit` largest entries (the others are dropped in place). */
export function pruneTo(vector: SparseVector, limit: number): SparseVector {
  if (vector.size <= limit) return vector;
  return new Map(topEntries(vector, limit));
}

import { featureId, type DocumentFrequencies } from './document-frequencies.js';
import type { SparseVector } from './sparse-vector.js';

/**
 * A sparse vector as parallel typed arrays of feature ids (from its DocumentFrequencies table)
 * and values, in the order of the Map it was made from. Comparing an article with its candidate
 * stories through hash lookups on feature strings was the largest single cost of clustering at
 * bench:ingest's scale (18% of ingest's main thread); over ids, one vector is spread into a
 * dense scratch array and the other read against it.
 */
export interface PackedVector {
  ids: Int32Array;
  values: Float64Array;
}

/** The vector's features with their table ids (every feature of a stored vector is in its table). */
export function packVector(vector: SparseVector, frequencies: DocumentFrequencies): PackedVector {
  const ids = new Int32Array(vector.size);
  const values = new Float64Array(vector.size);
  let at = 0;
  for (const [feature, value] of vector) {
    const id = featureId(frequencies, feature);
    if (id === undefined) throw new Error(`packVector: the feature ${JSON.stringify(feature)} is not in the table`);
    ids[at] = id;
    values[at] = value;
    at += 1;
  }
  return { ids, values };
}

/**
 * One vector spread out by id for dot products with many others: an article against each of its
 * candidate stories. Spreading the larger vector of every pair into a scratch array and clearing
 * it again took three passes over a few hundred scattered entries per pair; spread once, a dot
 * product reads the other vector and the spread's entries, which stay in cache from one candidate
 * to the next.
 */
export interface SpreadVector {
  vector: PackedVector;
  /** By id: the position in `vector` + 1, or 0. Zero everywhere else between uses. */
  positions: Int32Array;
  /** By position in `vector`: the products of one dot product, summed in the vector's order. */
  products: Float64Array;
}

export function createSpread(): SpreadVector {
  return { vector: EMPTY, positions: new Int32Array(1024), products: new Float64Array(256) };
}

const EMPTY: PackedVector = { ids: new Int32Array(0), values: new Float64Array(0) };

/** Spreads `vector` (after unspread of the last one). */
export function spread(target: SpreadVector, vector: PackedVector): void {
  let maxId = -1;
  for (const id of vector.ids) if (id > maxId) maxId = id;
  if (maxId >= target.positions.length) {
    let length = target.positions.length;
    while (length <= maxId) length *= 2;
    target.positions = new Int32Array(length);
  }
  if (vector.ids.length > target.products.length) target.products = new Float64Array(2 * vector.ids.length);
  for (let at = 0; at < vector.ids.length; at += 1) target.positions[vector.ids[at] as number] = at + 1;
  target.vector = vector;
}

/** Clears the spread vector's entries, leaving the arrays zeroed for the next. */
export function unspread(target: SpreadVector): void {
  for (const id of target.vector.ids) target.positions[id] = 0;
  target.vector = EMPTY;
}

/**
 * The dot product of the spread vector and `other`, summed over the smaller of the two in its
 * own order with the same products as sparse-vector.ts `dot` on the Maps, so the result is the
 * same to the last bit (ties between stories, and so the stories themselves, do not change).
 * Weights are never negative, so a product of 0 adds nothing either way.
 */
export function spreadDot(target: SpreadVector, other: PackedVector): number {
  const { positions, products, vector } = target;
  const spreadValues = vector.values;
  const otherIds = other.ids;
  const otherValues = other.values;
  let sum = 0;
  if (vector.ids.length <= otherIds.length) {
    // The spread vector is the smaller: products go to its positions, then are summed in its order.
    let matched = 0;
    for (let at = 0; at < otherIds.length; at += 1) {
      const id = otherIds[at] as number;
      const position = id < positions.length ? (positions[id] as number) : 0;
      if (position === 0) continue;
      const value = otherValues[at] as number;
      if (value === 0) continue;
      products[position - 1] = (spreadValues[position - 1] as number) * value;
      matched += 1;
    }
    if (matched === 0) return 0;
    for (let at = 0; at < spreadValues.length; at += 1) {
      const product = products[at] as number;
      if (product !== 0) {
        sum += product;
        products[at] = 0;
      }
    }
    return sum;
  }
  for (let at = 0; at < otherIds.length; at += 1) {
    const id = otherIds[at] as number;
    const position = id < positions.length ? (positions[id] as number) : 0;
    if (position === 0) continue;
    const value = spreadValues[position - 1] as number;
    if (value !== 0) sum += (otherValues[at] as number) * value;
  }
  return sum;
}

/** Cosine similarity given both vectors' norms; 0 when either is empty. */
export function spreadCosine(target: SpreadVector, norm: number, other: PackedVector, otherNorm: number): number {
  const norms = norm * otherNorm;
  return norms === 0 ? 0 : spreadDot(target, other) / norms;
}

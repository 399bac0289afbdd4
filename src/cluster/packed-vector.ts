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

/** Zero everywhere between uses; grown to the largest id seen. Shared: the clusterer is synchronous. */
let scratch = new Float64Array(1024);

/**
 * The dot product, summed over the smaller vector in its own order with the same products as
 * sparse-vector.ts `dot` on the Maps, so the result is the same to the last bit (ties between
 * stories, and so the stories themselves, do not change).
 */
export function packedDot(a: PackedVector, b: PackedVector): number {
  const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
  const largeIds = large.ids;
  const largeValues = large.values;
  for (let at = 0; at < largeIds.length; at += 1) {
    const id = largeIds[at] as number;
    if (id >= scratch.length) growScratch(id);
    scratch[id] = largeValues[at] as number;
  }
  let sum = 0;
  const smallIds = small.ids;
  const smallValues = small.values;
  for (let at = 0; at < smallIds.length; at += 1) {
    const id = smallIds[at] as number;
    // An id beyond the scratch is in neither vector's overlap; a zero adds nothing (the Map
    // version adds value × 0, which leaves a sum that started at +0 unchanged).
    if (id < scratch.length) {
      const other = scratch[id] as number;
      if (other !== 0) sum += (smallValues[at] as number) * other;
    }
  }
  for (let at = 0; at < largeIds.length; at += 1) scratch[largeIds[at] as number] = 0;
  return sum;
}

function growScratch(id: number): void {
  let length = scratch.length;
  while (length <= id) length *= 2;
  const grown = new Float64Array(length);
  grown.set(scratch); // it may hold part of a vector being spread
  scratch = grown;
}

/** Cosine similarity given both vectors' norms; 0 when either is empty. */
export function packedCosine(a: PackedVector, normA: number, b: PackedVector, normB: number): number {
  const norms = normA * normB;
  return norms === 0 ? 0 : packedDot(a, b) / norms;
}

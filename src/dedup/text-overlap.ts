import { dedupLine } from './dedup-words.js';
import type { ShingleHasher } from './shingles.js';

/** How two texts overlap, measured on their exact shingle sets. */
export interface TextOverlap {
  jaccard: number;
  /** Shared shingles over the smaller text's shingles: near 1 when one text is inside the other. */
  containment: number;
  sharedShingles: number;
}

/** The text's distinct shingle hashes, ascending: what measureOverlap compares. */
export function shingleSet(text: string, hasher: ShingleHasher): Uint32Array {
  return hasher.lineShingleHashes(dedupLine(text));
}

/**
 * Overlap of two shingle sets, each distinct and ascending (as shingleSet gives them): one merge
 * walk, where Set lookups cost a hash table of boxed entries per stored text checked.
 */
export function measureOverlap(a: Uint32Array, b: Uint32Array): TextOverlap {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  const smaller = Math.min(a.length, b.length);
  const union = a.length + b.length - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: smaller === 0 ? 0 : shared / smaller,
    sharedShingles: shared,
  };
}

/** Estimates containment from a MinHash Jaccard estimate and the two set sizes (|A∩B| = J(|A|+|B|)/(1+J)). */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}

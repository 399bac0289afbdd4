import { dedupWords } from './dedup-words.js';
import type { ShingleHasher } from './shingles.js';

/** How two texts overlap, measured on their exact shingle sets. */
export interface TextOverlap {
  jaccard: number;
  /** Shared shingles over the smaller text's shingles: near 1 when one text is inside the other. */
  containment: number;
  sharedShingles: number;
}

export function shingleSet(text: string, hasher: ShingleHasher): Set<number> {
  return new Set(hasher.shingleHashes(dedupWords(text)));
}

export function measureOverlap(a: ReadonlySet<number>, b: ReadonlySet<number>): TextOverlap {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  const union = a.size + b.size - shared;
  return {
    jaccard: union === 0 ? 0 : shared / union,
    containment: small.size === 0 ? 0 : shared / small.size,
    sharedShingles: shared,
  };
}

/** Estimates containment from a MinHash Jaccard estimate and the two set sizes (|A∩B| = J(|A|+|B|)/(1+J)). */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / (1 + jaccard) / smaller);
}

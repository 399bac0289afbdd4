import type { ShingleHasher } from './shingles.js';
import { shingleSet } from './text-overlap.js';

/**
 * The shingle sets of recently checked stored articles. Bucket reads return the most recent
 * articles of each key, so the articles that share a paragraph with the next one are mostly the
 * ones checked for the last: at 100k, re-shingling them was a third of dedup's time on the main
 * thread. Keyed by article id and content hash, so a new version of an article is shingled anew;
 * the oldest entry goes first past `limit`.
 */
export interface ShingleCache {
  get(articleId: string, contentHash: string, text: () => Promise<string | null>): Promise<Uint32Array | null>;
}

export function createShingleCache(hasher: ShingleHasher, limit: number): ShingleCache {
  const sets = new Map<string, Uint32Array>();
  return {
    async get(articleId, contentHash, text) {
      const key = `${articleId}\u0000${contentHash}`;
      const cached = sets.get(key);
      if (cached) {
        // Most recently used last, so eviction takes the longest unused.
        sets.delete(key);
        sets.set(key, cached);
        return cached;
      }
      const stored = await text();
      if (stored === null) return null;
      const set = shingleSet(stored, hasher);
      sets.set(key, set);
      if (sets.size > limit) sets.delete(sets.keys().next().value!);
      return set;
    },
  };
}

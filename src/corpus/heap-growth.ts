import { setFlagsFromString } from 'node:v8';

/**
 * How far past what its last full collection kept V8 lets a heap grow before collecting again,
 * in percent (100: to twice the live size). Left to itself, V8 lets a heap grow up to 4× when
 * collecting looks costly next to the program's allocation: a million-article ingest kept 0.9 GB
 * of its 1.36 GB main heap empty and peaked at 2,151 MB. What ingest keeps alive is bounded (the
 * clusterer's live stories, caches), so collecting sooner costs little; on bench:ingest's first
 * 110,000 documents, with the extraction threads' limits (extract-pool.ts), peak memory fell
 * from 1,525 to 1,062 MB at the same speed. At 50 the collector took a fifth more CPU.
 */
export const HEAP_GROWING_PERCENT = 100;

/**
 * Bounds the growth of this process's heaps for a long ingest (the flag is read at each full
 * collection, so setting it after start takes effect; it applies to threads started later too).
 * Setting it again sets the same value, so callers need not check whether it was set.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

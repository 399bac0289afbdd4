/**
 * Dedup thresholds, on exact 3-word shingle sets (see calibrate in find-duplicate.test.ts and
 * BENCHMARKS.md "Ingest" for the measured pairs):
 * - two BASIL articles on one event from two outlets (independent reporting) share at most
 *   about 5% of shingles by Jaccard and under 20% by containment (shared stock phrases and quotes);
 * - a copy with 2% of its words edited keeps Jaccard ≈ 0.88; 5% edited, ≈ 0.73;
 * - a wire copy under a new headline with a new lede and its last third cut keeps containment
 *   ≈ 0.9 while its Jaccard falls to ≈ 0.5–0.6.
 */

/** Jaccard at or above this: the same text lightly edited (typos, a corrected number, a sentence). */
export const NEAR_DUPLICATE_MIN_JACCARD = 0.7;

/**
 * Containment at or above this (most of the smaller text inside the larger): a copy of the same
 * agency text republished with changes. Far above the ≤ 0.2 of independent same-event reports.
 */
export const WIRE_COPY_MIN_CONTAINMENT = 0.6;

/**
 * A wire copy must share at least this many shingles (about two sentences), so a short brief
 * sharing one stock sentence with a long article is not called a copy of it.
 */
export const WIRE_COPY_MIN_SHARED_SHINGLES = 30;

/**
 * MinHash estimates (60 permutations, standard error ≈ 0.06 at J = 0.5) only pick which
 * candidates to check exactly: anything within 0.25 of a threshold is checked.
 */
export const ESTIMATE_MARGIN = 0.25;

/** LSH candidates checked per article at most: a bucket this crowded means boilerplate, not copies. */
export const MAX_CANDIDATES = 50;

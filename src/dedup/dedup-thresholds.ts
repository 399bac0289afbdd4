/**
 * Dedup thresholds, on exact 3-word shingle sets. Calibrated on:
 * - the 150 same-event article pairs of BASIL (NYT, Fox News, HuffPost reporting one event each):
 *   Jaccard median 0.023, 95th percentile 0.15, max 0.24; containment median 0.055, 95th
 *   percentile 0.30, max 0.40 — independent reports, never copies;
 * - synthetic edits of a 600-word text (synthetic-text.case.ts): 2% of words changed gives
 *   J 0.86 / containment 0.92; 5% gives 0.77 / 0.87; 10% gives 0.57 / 0.72; a new lede with the
 *   last third cut gives J 0.62 / C 0.91; a new lede with half cut, J 0.50 / C 0.89.
 * Both thresholds sit between those two populations with room on each side.
 */

/** Jaccard at or above this: the same text lightly edited (typos, a corrected number, a sentence). */
export const NEAR_DUPLICATE_MIN_JACCARD = 0.7;

/**
 * Containment at or above this (most of the smaller text inside the larger): a copy of the same
 * agency text republished with changes; above the 0.40 maximum of independent same-event reports.
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

/**
 * Long paragraphs shared word for word that make a stored article worth checking exactly, however
 * low its MinHash estimate: one shared paragraph is often a quoted statement or a press-release
 * paragraph that independent reports reuse; two or more suggest a copy (the exact containment
 * check decides).
 */
export const MIN_SHARED_PARAGRAPHS = 2;

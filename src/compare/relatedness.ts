import type { Relatedness } from '../model/index.js';
import type { ClaimUnit } from '../align/claim-units.js';
import { weightedCosine } from '../align/claim-similarity.js';
import type { IdfTable } from '../align/idf.js';

// Two reports of one event share names, places and figures. Calibrated on BASIL with each pair's
// idf from its own two articles, as a comparison computes it: pairs of one event score 0.17–0.5
// (1st percentile 0.174), pairs of different events median 0.13 (90th percentile 0.18; all of
// BASIL is US politics, so unrelated topics score lower still). A pair under 0.15 is taken as two
// events: under 1% of same-event pairs and about two thirds of different-event pairs fall there.
// The articles are called unrelated when most of their pairs are.
export const UNRELATED_BELOW = 0.15;
const UNRELATED_PAIR_SHARE = 0.5;
const MAX_PAIRS = 5000;

/** How alike the articles are as wholes, from their claims' terms. */
export function measureRelatedness(articleCount: number, claims: readonly ClaimUnit[], idf: IdfTable): Relatedness {
  const terms = Array.from({ length: articleCount }, () => new Set<string>());
  for (const claim of claims) for (const key of claim.keys) terms[claim.articleIndex]!.add(key);
  const lists = terms.map((set) => [...set]);
  let sum = 0;
  let count = 0;
  let below = 0;
  let min = 1;
  for (let i = 0; i < articleCount && count < MAX_PAIRS; i += 1) {
    for (let j = i + 1; j < articleCount && count < MAX_PAIRS; j += 1) {
      const similarity = weightedCosine(lists[i]!, lists[j]!, idf);
      sum += similarity;
      min = Math.min(min, similarity);
      if (similarity < UNRELATED_BELOW) below += 1;
      count += 1;
    }
  }
  const mean = count === 0 ? 0 : sum / count;
  const shareBelow = count === 0 ? 0 : below / count;
  return {
    meanSimilarity: round(mean),
    minPairSimilarity: round(count === 0 ? 0 : min),
    unrelatedPairShare: round(shareBelow),
    unrelated: shareBelow > UNRELATED_PAIR_SHARE,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

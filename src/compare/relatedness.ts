import type { Relatedness } from '../model/index.js';
import type { ClaimUnit } from '../align/claim-units.js';
import { weightedCosine } from '../align/claim-similarity.js';
import type { IdfTable } from '../align/idf.js';

// Two reports of one event share names, places and figures: their whole-text idf-weighted cosine
// is typically 0.3–0.6 (the US–Russia seeds: about 0.4), while two unrelated news articles
// share only common words (under about 0.1). Below 0.12 on average, the report says the articles
// seem to be about different events. Pairs are capped so 200 articles stay cheap.
export const UNRELATED_BELOW = 0.12;
const MAX_PAIRS = 5000;

/** How alike the articles are as wholes, from their claims' terms. */
export function measureRelatedness(articleCount: number, claims: readonly ClaimUnit[], idf: IdfTable): Relatedness {
  const terms = Array.from({ length: articleCount }, () => new Set<string>());
  for (const claim of claims) for (const key of claim.keys) terms[claim.articleIndex]!.add(key);
  const lists = terms.map((set) => [...set]);
  let sum = 0;
  let count = 0;
  let min = 1;
  for (let i = 0; i < articleCount && count < MAX_PAIRS; i += 1) {
    for (let j = i + 1; j < articleCount && count < MAX_PAIRS; j += 1) {
      const similarity = weightedCosine(lists[i]!, lists[j]!, idf);
      sum += similarity;
      min = Math.min(min, similarity);
      count += 1;
    }
  }
  const mean = count === 0 ? 0 : sum / count;
  return { meanSimilarity: round(mean), minPairSimilarity: round(count === 0 ? 0 : min), unrelated: count > 0 && mean < UNRELATED_BELOW };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

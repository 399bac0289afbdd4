import { candidatePairs } from '../align/candidate-index.js';
import { buildIdf, idfWeight } from '../align/idf.js';

// LexRank (Erkan & Radev 2004), the thresholded variant: sentences are linked when the cosine of
// their tf-idf vectors exceeds 0.1, the paper's best threshold; PageRank with damping 0.85 then
// ranks them. 50 iterations converge far past the ranking's precision on news-sized inputs.
const LINK_THRESHOLD = 0.1;
const DAMPING = 0.85;
const ITERATIONS = 50;
// Up to this many sentences every pair is compared (exact LexRank); past it (a comparison of
// hundreds of articles) only each sentence's best candidates by shared rare terms are, so the
// graph is built in time linear in the sentences.
const EXACT_UP_TO = 400;
const SPARSE_CANDIDATES = { perItem: 30, maxShare: 0.05 };

/** Sentence indexes ranked by LexRank centrality, most central first. `terms` are each sentence's term keys. */
export function lexRank(terms: readonly (readonly string[])[]): number[] {
  return lexRankScores(terms).map((score, index) => ({ score, index })).sort((a, b) => b.score - a.score || a.index - b.index).map((entry) => entry.index);
}

/** Each sentence's LexRank centrality (they sum to 1). */
export function lexRankScores(terms: readonly (readonly string[])[]): number[] {
  const idf = buildIdf(terms);
  const vectors = terms.map((keys) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    const vector = new Map<string, number>();
    for (const [key, count] of counts) vector.set(key, count * idfWeight(idf, key));
    return vector;
  });
  const norms = vectors.map((vector) => Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0)));
  const links: number[][] = terms.map(() => []);
  for (const [i, j] of sentencePairs(terms, idf)) {
    let dot = 0;
    for (const [key, value] of vectors[i]!) dot += value * (vectors[j]!.get(key) ?? 0);
    const cosine = norms[i]! && norms[j]! ? dot / (norms[i]! * norms[j]!) : 0;
    if (cosine > LINK_THRESHOLD) {
      links[i]!.push(j);
      links[j]!.push(i);
    }
  }
  const count = terms.length;
  let rank = new Array<number>(count).fill(1 / Math.max(1, count));
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const next = new Array<number>(count).fill((1 - DAMPING) / count);
    for (let i = 0; i < count; i += 1) {
      const share = links[i]!.length > 0 ? rank[i]! / links[i]!.length : 0;
      for (const j of links[i]!) next[j]! += DAMPING * share;
    }
    rank = next;
  }
  return rank;
}

function* sentencePairs(terms: readonly (readonly string[])[], idf: ReturnType<typeof buildIdf>): Generator<[number, number]> {
  if (terms.length <= EXACT_UP_TO) {
    for (let i = 0; i < terms.length; i += 1) for (let j = i + 1; j < terms.length; j += 1) yield [i, j];
    return;
  }
  yield* candidatePairs(terms.map((keys, index) => ({ articleIndex: index, keys })), idf, SPARSE_CANDIDATES);
}

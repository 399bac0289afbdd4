import type { ArticleCounts } from './article-features.js';
import { countAndWeigh, type DocumentFrequencies, type WeighedFeatures } from './document-frequencies.js';
import type { PackedVector } from './packed-vector.js';
import { evidenceNorms, type EvidenceNorms, type SparseVector } from './sparse-vector.js';

/** One article as unit-length TF-IDF vectors, one per kind of evidence. */
export interface ArticleVectors {
  terms: SparseVector;
  names: SparseVector;
  numbers: SparseVector;
  /** The same three vectors over feature ids, for comparisons. */
  packed: { terms: PackedVector; names: PackedVector; numbers: PackedVector };
  /** The vectors' norms (1 up to rounding), computed once rather than once per candidate story. */
  norms: EvidenceNorms;
  /** Days since 1970-01-01 of the publication date, when known. */
  day: number | null;
  /** The publication year, else the year the text names most often. */
  year: number | null;
  /** Every year the text names, with the publication year. */
  years: Set<number>;
}

/** The online frequency tables, one per kind of evidence. */
export interface FrequencyTables {
  terms: DocumentFrequencies;
  names: DocumentFrequencies;
  numbers: DocumentFrequencies;
}

/**
 * An article's vector keeps its strongest features only: beyond 200 terms, 60 names and 40
 * numbers the tail is words used once with little idf, which moves cosines by well under 1%
 * on the data sets and costs time on every comparison.
 */
const MAX_ARTICLE_TERMS = 200;
const MAX_ARTICLE_NAMES = 60;
const MAX_ARTICLE_NUMBERS = 40;

/** Counts the article into the frequency tables, then weighs its features: (1 + ln tf) × idf. */
export function weighArticle(counts: ArticleCounts, tables: FrequencyTables, publishedAt: string | null | undefined): ArticleVectors {
  const day = dayNumber(publishedAt);
  const year = day !== null ? new Date(day * 86_400_000).getUTCFullYear() : counts.textYear;
  const terms = weigh(counts.terms, tables.terms, MAX_ARTICLE_TERMS);
  const names = weigh(counts.names, tables.names, MAX_ARTICLE_NAMES);
  const numbers = weigh(counts.numbers, tables.numbers, MAX_ARTICLE_NUMBERS);
  const evidence = { terms: terms.vector, names: names.vector, numbers: numbers.vector };
  return {
    ...evidence,
    packed: { terms: terms.packed, names: names.packed, numbers: numbers.packed },
    norms: evidenceNorms(evidence),
    day,
    year,
    years: year === null ? counts.textYears : new Set([...counts.textYears, year]),
  };
}

/**
 * Counts the features into the table, then weighs each (1 + ln tf) × idf, keeps the strongest
 * `limit` (ties: the smaller feature first) and scales them to length 1. Kept in feature order
 * when none is dropped, else strongest first: the order sparse-vector.ts `pruneTo` gives, which
 * sums, and so similarities, follow to the last bit.
 */
function weigh(counts: Map<string, number>, frequencies: DocumentFrequencies, limit: number): { vector: SparseVector; packed: PackedVector } {
  const weighed = countAndWeigh(frequencies, counts, termFrequencyWeight);
  const order = strongest(weighed, limit);
  let sumOfSquares = 0;
  for (const at of order) {
    const weight = weighed.weights[at] as number;
    sumOfSquares += weight * weight;
  }
  const norm = Math.sqrt(sumOfSquares);
  const vector: SparseVector = new Map();
  if (norm === 0) return { vector, packed: { ids: new Int32Array(0), values: new Float64Array(0) } };
  const ids = new Int32Array(order.length);
  const values = new Float64Array(order.length);
  order.forEach((at, position) => {
    const value = (weighed.weights[at] as number) / norm;
    vector.set(weighed.features[at] as string, value);
    ids[position] = weighed.ids[at] as number;
    values[position] = value;
  });
  return { vector, packed: { ids, values } };
}

/** Positions of the `limit` strongest features, strongest first; all of them in order when no more than `limit`. */
function strongest(weighed: WeighedFeatures, limit: number): number[] {
  const positions = weighed.features.map((_, at) => at);
  if (positions.length <= limit) return positions;
  const { features, weights } = weighed;
  // Returns -1/0/1 rather than a difference of weights: a fractional result is a new heap number per comparison.
  positions.sort((a, b) => {
    const weightA = weights[a] as number;
    const weightB = weights[b] as number;
    return weightB > weightA ? 1 : weightB < weightA ? -1 : compareStrings(features[a] as string, features[b] as string);
  });
  positions.length = limit;
  return positions;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const termFrequencyWeight = (count: number) => 1 + Math.log(count);

/** The calendar day of an ISO 8601 date (the page's own day: the offset is not applied). */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const milliseconds = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(milliseconds) ? Math.floor(milliseconds / 86_400_000) : null;
}

import type { ArticleCounts } from './article-features.js';
import { countAndWeigh, type DocumentFrequencies } from './document-frequencies.js';
import { evidenceNorms, normalized, pruneTo, type EvidenceNorms, type SparseVector } from './sparse-vector.js';

/** One article as unit-length TF-IDF vectors, one per kind of evidence. */
export interface ArticleVectors {
  terms: SparseVector;
  names: SparseVector;
  numbers: SparseVector;
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
  const evidence = {
    terms: weigh(counts.terms, tables.terms, MAX_ARTICLE_TERMS),
    names: weigh(counts.names, tables.names, MAX_ARTICLE_NAMES),
    numbers: weigh(counts.numbers, tables.numbers, MAX_ARTICLE_NUMBERS),
  };
  return {
    ...evidence,
    norms: evidenceNorms(evidence),
    day,
    year,
    years: year === null ? counts.textYears : new Set([...counts.textYears, year]),
  };
}

/** Counts the features into the table, then weighs each (1 + ln tf) × idf and keeps the strongest `limit`. */
function weigh(counts: Map<string, number>, frequencies: DocumentFrequencies, limit: number): SparseVector {
  return normalized(pruneTo(countAndWeigh(frequencies, counts, termFrequencyWeight), limit));
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

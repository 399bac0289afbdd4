import { stemmer } from 'stemmer';
import { IRREGULAR_FORMS } from './rouge-irregular-forms.js';

/** Recall, precision and F1 of one summary against its reference(s). */
export interface RougeScore {
  recall: number;
  precision: number;
  f1: number;
}

export interface RougeTokenOptions {
  /** ROUGE-1.5.5 stems only words longer than this (3); the AllSides metric stems every token (0). */
  stemLongerThan: number;
}

/** Cuts a text after `maxWords` whitespace-separated words, as ROUGE's `-l` does. */
export function cutWords(text: string, maxWords: number): string {
  return text.split(/\s+/).filter(Boolean).slice(0, maxWords).join(' ');
}

/** Lowercased `\w+` tokens, Porter-stemmed (irregular forms first mapped to their base form). */
export function rougeTokens(text: string, options: RougeTokenOptions): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).map((token) =>
    (token.length > options.stemLongerThan ? IRREGULAR_FORMS.get(token) ?? stemmer(token) : token));
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + n <= tokens.length; index += 1) {
    const gram = tokens.slice(index, index + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/**
 * ROUGE-N against one or more references, pooled the way ROUGE-1.5.5 does with `-f A`: clipped
 * hits and reference n-grams are summed over the references, recall = hits / reference n-grams,
 * precision = hits / (summary n-grams × references).
 */
export function rougeN(summary: readonly string[], references: readonly (readonly string[])[], n: number): RougeScore {
  const peer = ngramCounts(summary, n);
  const peerTotal = Math.max(0, summary.length - n + 1);
  let hits = 0;
  let referenceTotal = 0;
  for (const reference of references) {
    const counts = ngramCounts(reference, n);
    referenceTotal += Math.max(0, reference.length - n + 1);
    for (const [gram, count] of counts) hits += Math.min(count, peer.get(gram) ?? 0);
  }
  return score(hits, referenceTotal, peerTotal * references.length);
}

/** ROUGE-L: the longest common subsequence of the whole token sequences, against one reference. */
export function rougeL(summary: readonly string[], reference: readonly string[]): RougeScore {
  let previous = new Uint32Array(reference.length + 1);
  let current = new Uint32Array(reference.length + 1);
  for (let i = 1; i <= summary.length; i += 1) {
    for (let j = 1; j <= reference.length; j += 1) {
      current[j] = summary[i - 1] === reference[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return score(previous[reference.length]!, reference.length, summary.length);
}

function score(hits: number, referenceTotal: number, summaryTotal: number): RougeScore {
  const recall = referenceTotal === 0 ? 0 : hits / referenceTotal;
  const precision = summaryTotal === 0 ? 0 : hits / summaryTotal;
  return { recall, precision, f1: recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision) };
}

/**
 * The ScrapingHub article-extraction metric, exactly as ../shared/data/README.md defines it:
 * `\w+` tokens (Python's Unicode `\w`: letters, digits and underscore; combining marks split a
 * token there as they do in Python), 4-gram shingles counted as a multiset, per-page
 * tp/fp/fn normalized by their sum, means of precision and recall over pages, F1 of the means.
 */

/** Python's `re.findall(r'\w+', text)` with `re.UNICODE`: `\w` is `[\p{L}\p{N}_]`. */
const WORD_PATTERN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export function scoreTokens(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** 4-grams of consecutive tokens as a count map; 1–3 tokens make one shorter shingle, none make none. */
export function shingleCounts(text: string): Map<string, number> {
  const tokens = scoreTokens(text);
  const counts = new Map<string, number>();
  const shingleTotal = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  if (tokens.length === 0) return counts;
  for (let start = 0; start < shingleTotal; start++) {
    // U+0001 cannot occur inside a token, so joined shingles never collide.
    const key = tokens.slice(start, start + SHINGLE_SIZE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's shares of true positives, false positives and false negatives (summing to 1, or all 0). */
export interface PageMatch {
  tp: number;
  fp: number;
  fn: number;
}

export function matchPage(gold: string, predicted: string): PageMatch {
  const goldCounts = shingleCounts(gold);
  const predictedCounts = shingleCounts(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [shingle, predictedCount] of predictedCounts) {
    const goldCount = goldCounts.get(shingle) ?? 0;
    tp += Math.min(goldCount, predictedCount);
    fp += Math.max(0, predictedCount - goldCount);
  }
  for (const [shingle, goldCount] of goldCounts) {
    fn += Math.max(0, goldCount - (predictedCounts.get(shingle) ?? 0));
  }
  const total = tp + fp + fn;
  return total === 0 ? { tp: 0, fp: 0, fn: 0 } : { tp: tp / total, fp: fp / total, fn: fn / total };
}

export interface ExtractionScore {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
}

/** Means over pages: precision over pages that predicted something, recall over pages with gold text. */
export function aggregateScore(matches: readonly PageMatch[]): ExtractionScore {
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map((m) => m.tp / (m.tp + m.fp)));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map((m) => m.tp / (m.tp + m.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, pages: matches.length };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

import { metricTokens } from '../text/words.js';

/** A gold segment as the scorer sees it: its text and its Source text (null when none). */
export interface GoldQuote {
  content: string;
  source: string | null;
}

/** A predicted quotation as the scorer sees it: the text inside the marks and who said it. */
export interface PredictedQuote {
  content: string;
  speakerMention: string;
  speakerName: string;
}

/** Counts over one or many articles; `speakerChecked` are matches whose gold has a Source. */
export interface QuoteCounts {
  predicted: number;
  gold: number;
  matched: number;
  speakerChecked: number;
  speakerRight: number;
}

export interface QuotePair {
  gold: GoldQuote;
  predicted: PredictedQuote;
  speakerRight: boolean | null;
}

/** Words that do not make two speakers the same: determiners, prepositions, honorifics. */
const NOT_SPEAKER_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my',
  'your', 'some', 'any', 'another', 'each', 'every', 'no', 'all', 'both', 'of', 'in', 'on', 'at',
  'by', 'for', 'with', 'from', 'to', 'into', 'about', 'over', 'under', 'after', 'before',
  'between', 'among', 'through', 'during', 'against', 'without', 'within', 'near', 'as',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 's',
]);

function lowerTokens(text: string): string[] {
  return metricTokens(text).map((token) => token.toLowerCase());
}

/** Σ min(count) of two token multisets. */
export function sharedTokens(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  return shared;
}

/**
 * Matches one article's predictions to its gold segments: a pair qualifies when the two token
 * multisets share at least half of the longer one's tokens; pairs are taken one-to-one, greedily
 * by overlap. Segments and predictions without any token can never match and are not counted.
 */
export function matchArticle(gold: readonly GoldQuote[], predicted: readonly PredictedQuote[]): { counts: QuoteCounts; pairs: QuotePair[] } {
  const goldTokens = gold.map((segment) => lowerTokens(segment.content)).filter((tokens) => tokens.length > 0);
  const goldKept = gold.filter((segment) => lowerTokens(segment.content).length > 0);
  const predictedKept = predicted.filter((quote) => lowerTokens(quote.content).length > 0);
  const predictedTokens = predictedKept.map((quote) => lowerTokens(quote.content));
  const candidates: { g: number; p: number; overlap: number }[] = [];
  goldTokens.forEach((g, gi) => predictedTokens.forEach((p, pi) => {
    const overlap = sharedTokens(g, p);
    if (overlap * 2 >= Math.max(g.length, p.length)) candidates.push({ g: gi, p: pi, overlap });
  }));
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: QuotePair[] = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    const segment = goldKept[g]!;
    const quote = predictedKept[p]!;
    pairs.push({ gold: segment, predicted: quote, speakerRight: segment.source === null ? null : sameSpeaker(segment.source, quote) });
  }
  const checked = pairs.filter((pair) => pair.speakerRight !== null);
  return {
    counts: {
      predicted: predictedKept.length,
      gold: goldKept.length,
      matched: pairs.length,
      speakerChecked: checked.length,
      speakerRight: checked.filter((pair) => pair.speakerRight).length,
    },
    pairs,
  };
}

/** Lenient by design (README): the mention or the resolved name shares a content word with the Source. */
export function sameSpeaker(goldSource: string, quote: PredictedQuote): boolean {
  const goldWords = new Set(lowerTokens(goldSource).filter((word) => !NOT_SPEAKER_WORDS.has(word)));
  const ours = lowerTokens(`${quote.speakerMention} ${quote.speakerName}`);
  return ours.some((word) => !NOT_SPEAKER_WORDS.has(word) && goldWords.has(word));
}

export function addCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  return {
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    matched: a.matched + b.matched,
    speakerChecked: a.speakerChecked + b.speakerChecked,
    speakerRight: a.speakerRight + b.speakerRight,
  };
}

export function scoreCounts(counts: QuoteCounts): { precision: number; recall: number; f1: number; speakerAccuracy: number } {
  const precision = counts.predicted === 0 ? 0 : counts.matched / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.matched / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const speakerAccuracy = counts.speakerChecked === 0 ? 0 : counts.speakerRight / counts.speakerChecked;
  return { precision, recall, f1, speakerAccuracy };
}

import type { DiffPart, QuoteRelation } from '../model/index.js';
import { quoteDiff } from './quote-diff.js';
import { indexOfRun, longestCommonSubsequence, normalizedWords } from './word-sequence.js';

/** How one outlet's quotation (or pieces of it) relates to another outlet's. */
export interface QuoteComparison {
  relation: Exclude<QuoteRelation, 'single'>;
  diff?: DiffPart[];
  confidence: number;
}

// Pieces are joined with an ellipsis in the diff, as an editor would print a splice.
const PIECE_JOINER = ' … ';

/**
 * Compares the first outlet's pieces of one quotation with the second's (each in text order).
 * Several pieces on either side make a splice; one each is same, trimmed (the second is a
 * contiguous part of the first), extended (the first is a contiguous part of the second) or
 * reworded (words changed, added or dropped: the diff says which).
 */
export function compareQuotes(first: readonly string[], second: readonly string[]): QuoteComparison {
  const firstText = first.join(PIECE_JOINER);
  const secondText = second.join(PIECE_JOINER);
  const a = normalizedWords(first.join(' '));
  const b = normalizedWords(second.join(' '));
  const overlap = longestCommonSubsequence(a, b).length / Math.max(1, Math.min(a.length, b.length));
  if (first.length > 1 || second.length > 1) {
    // The joints of the pieces are not words anyone changed: drop them from the diff.
    const diff = quoteDiff(firstText, secondText)
      .map((part) => (part.op !== 'equal' && /^[\s,.;:…'"‘’“”—–-]*$/u.test(part.text) ? { op: 'equal' as const, text: /\s/.test(part.text) ? ' ' : '' } : part))
      .filter((part) => part.text.length > 0);
    return { relation: 'spliced', diff, confidence: round(0.6 + 0.4 * overlap) };
  }
  if (a.length === b.length && indexOfRun(a, b) === 0) return { relation: 'same', confidence: 1 };
  if (indexOfRun(a, b) >= 0) return { relation: 'trimmed', confidence: round(0.8 + 0.2 * Math.min(1, b.length / 4)) };
  if (indexOfRun(b, a) >= 0) return { relation: 'extended', confidence: round(0.8 + 0.2 * Math.min(1, a.length / 4)) };
  return { relation: 'reworded', diff: quoteDiff(firstText, secondText), confidence: round(0.5 + 0.5 * overlap) };
}

function round(value: number): number {
  return Math.round(Math.min(1, value) * 1000) / 1000;
}

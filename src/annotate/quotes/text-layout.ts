import type { Span } from '../../model/index.js';

/**
 * Where a position falls: which sentence and which paragraph (a non-empty line). Both are found
 * by binary search over sorted starts, so a long article costs O(log n) per lookup.
 */
export interface TextLayout {
  sentences: readonly Span[];
  sentenceOf(position: number): number;
  paragraphOf(position: number): number;
  paragraphStart(paragraph: number): number;
}

export function layoutText(text: string, sentences: readonly Span[]): TextLayout {
  const paragraphStarts: number[] = [];
  for (const match of text.matchAll(/[^\n]*\S[^\n]*/g)) paragraphStarts.push(match.index);
  const sentenceStarts = sentences.map((sentence) => sentence.start);
  return {
    sentences,
    sentenceOf: (position) => Math.max(0, lastAtOrBefore(sentenceStarts, position)),
    paragraphOf: (position) => Math.max(0, lastAtOrBefore(paragraphStarts, position)),
    paragraphStart: (paragraph) => paragraphStarts[paragraph] ?? 0,
  };
}

/** Index of the last value ≤ position in an ascending list; -1 when none. */
function lastAtOrBefore(values: readonly number[], position: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= position) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

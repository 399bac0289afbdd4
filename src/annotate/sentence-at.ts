import type { Sentence } from '../model/index.js';
import { firstStartingAtOrAfter } from '../text/span-search.js';

/**
 * The sentence around an offset: from the annotated sentences when present (binary search),
 * else the stretch between the nearest sentence-ending punctuation or line breaks.
 */
export function sentenceAt(text: string, offset: number, sentences?: readonly Sentence[]): { sentence: string; start: number } {
  if (sentences && sentences.length > 0) {
    const sentence = sentences[sentenceIndexAt(sentences, offset)]!;
    return { sentence: text.slice(sentence.start, sentence.end), start: sentence.start };
  }
  const MAX_CONTEXT_CHARS = 400;
  const before = text.slice(Math.max(0, offset - MAX_CONTEXT_CHARS), offset);
  const after = text.slice(offset, offset + MAX_CONTEXT_CHARS);
  const startMatch = /(?:[.!?]["”’]?\s+|\n)(?=[^.!?\n]*$)/.exec(before);
  const endMatch = /[.!?\n]/.exec(after);
  const start = startMatch ? startMatch.index + startMatch[0].length : 0;
  return {
    sentence: before.slice(start) + after.slice(0, endMatch ? endMatch.index + 1 : after.length),
    start: offset - (before.length - start),
  };
}

/** The index of the last sentence starting at or before `offset` (binary search; 0 before the first). */
export function sentenceIndexAt(sentences: readonly Sentence[], offset: number): number {
  return Math.max(0, firstStartingAtOrAfter(sentences, offset + 1) - 1);
}

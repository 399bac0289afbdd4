import type { Sentence } from '../model/index.js';

// Words that end in a period without ending a sentence ("Mr. Trump", "U.S. officials", "8 p.m. on").
const ABBREVIATION = /(?:^|[\s(“"])(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Jr|Sr|Prof|Inc|Corp|Co|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|[A-Z]|[a-z]\.[a-z]|(?:[A-Z]\.)+[A-Z])\.$/;
const BOUNDARY = /[.!?]+["”’)]*\s+(?=["“‘(]?[\p{Lu}\p{N}])/gu;

/**
 * Sentences when the sentences stage did not run: paragraph breaks, then sentence-final
 * punctuation followed by a capital, except after common abbreviations and initials.
 */
export function fallbackSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of text.matchAll(/[^\n]+/g)) {
    const blockStart = block.index;
    let start = 0;
    for (const boundary of block[0].matchAll(BOUNDARY)) {
      const end = boundary.index + boundary[0].trimEnd().length;
      const before = block[0].slice(Math.max(0, end - 12), boundary.index + 1);
      if (ABBREVIATION.test(before)) continue;
      sentences.push({ start: blockStart + start, end: blockStart + end, paragraph });
      start = boundary.index + boundary[0].length;
    }
    if (start < block[0].length) sentences.push({ start: blockStart + start, end: blockStart + block[0].trimEnd().length, paragraph });
    paragraph += 1;
  }
  return sentences.filter((sentence) => sentence.end > sentence.start);
}

// Test helper: deterministic synthetic news-like texts (made-up words, so no real text is copied
// and unrelated texts share no shingles by accident unless a test puts them there).

import { randomStream } from '../text/random-stream.js';

const SYLLABLES = ['ka', 'lo', 'mer', 'ti', 'san', 'vo', 're', 'dul', 'pa', 'nis', 'ge', 'tor', 'bi', 'wen', 'cha', 'ru'];

export function syntheticWord(random: () => number): string {
  const length = 1 + Math.floor(random() * 3);
  let word = '';
  for (let index = 0; index < length; index += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word;
}

/** Paragraphs of sentences of made-up words, joined with blank lines like an extracted article. */
export function syntheticParagraphs(seed: number, paragraphs: number, wordsPerParagraph = 40): string[] {
  const random = randomStream(seed);
  return Array.from({ length: paragraphs }, () => {
    const words = Array.from({ length: wordsPerParagraph }, () => syntheticWord(random));
    words[0] = capitalize(words[0] as string);
    return `${words.join(' ')}.`;
  });
}

/** Replaces a share of the words with other made-up words (a copy editor's changes). */
export function editWords(text: string, share: number, seed: number): string {
  const random = randomStream(seed);
  return text.replace(/[\p{L}]+/gu, (word) => (random() < share ? syntheticWord(random) : word));
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A word of the text with its offsets (UTF-16 code units). */
export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{N}_]+(?:['’][\p{L}]+)*/gu;

/** Words (letters, digits, inner apostrophes) with their offsets, in order. */
export function findWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return words;
}

/**
 * The matches of `\w+` as the evaluation metrics define tokens (Python's Unicode `\w`: letters,
 * numbers and the underscore; combining marks are not word characters there).
 */
export function metricTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

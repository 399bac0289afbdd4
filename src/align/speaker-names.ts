import { foldAccents } from '../text/normalize.js';

// Titles and honorifics say nothing about who is speaking, nor which person a name is.
export const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'president', 'minister', 'secretary', 'jr', 'sr']);

/**
 * The surname a speaker is known by ("Donald Trump", "Mr. Trump", "Trump" → "trump"): outlets name
 * the same person differently, and the entity stage's keys need not agree across articles.
 */
export function speakerSurname(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = foldAccents(name).split(/[^\p{L}'-]+/u).filter((word) => word.length > 1 && !TITLES.has(word));
  return words.length > 0 ? words[words.length - 1]! : null;
}

/** Both speakers known and different by surname. Unknown speakers never differ. */
export function speakersDiffer(a: string | null | undefined, b: string | null | undefined): boolean {
  const first = speakerSurname(a);
  const second = speakerSurname(b);
  return first !== null && second !== null && first !== second;
}

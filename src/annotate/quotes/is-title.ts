/** Short words a title leaves in lowercase ("The Lord of the Rings"). */
const TITLE_SMALL_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'from', 'by', 'or']);

/** Titles this long or longer are rare; a longer capitalized run is more likely a shouted quote. */
const MAX_TITLE_WORDS = 8;

/**
 * A quoted title of a work ("the 1928 satire “The 12 Chairs,”") rather than a quotation: every
 * word capitalized or a small word, at most eight words, and no sentence inside (a title does not
 * end with a question or exclamation mark). Only applied to quotations no cue introduces.
 */
export function looksLikeTitle(content: string): boolean {
  const trimmed = content.replace(/[,.;:]+$/, '').trim();
  if (/[.?!]/.test(trimmed.replace(/\b\p{Lu}\./gu, ''))) return false;
  const words = trimmed.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  if (/^(i|we|you|it|he|she|they)\b/i.test(trimmed)) return false;
  const isCapitalized = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word.replace(/^[^\p{L}\p{N}]+/u, ''));
  return words.length >= 2 && words.every((word) => isCapitalized(word) || TITLE_SMALL_WORDS.has(word.toLowerCase()));
}

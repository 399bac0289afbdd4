/** Anything beyond ASCII and typographic quotes, dashes and ellipses. */
const MAY_NEED_FOLDING = /[^\x00-\x7f\u2010-\u2027]/;

/**
 * Dedup's own normalization (independent of any tokenizer, whose output may depend on what it
 * saw before): compatibility-fold (NFKD), drop accents, lowercase, remove apostrophes so
 * "don’t"/"don't"/"dont" agree, and keep runs of letters and digits. Two texts with the same
 * words in the same order are the same text to dedup, whatever their punctuation and spacing.
 */
export function dedupWords(text: string): string[] {
  // Accents need the NFKD pass; most English news has none beyond typographic punctuation.
  const folded = MAY_NEED_FOLDING.test(text) ? text.normalize('NFKD').replace(/\p{M}+/gu, '') : text;
  return folded
    .toLowerCase()
    .replace(/['’ʼ‘`]/g, '')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The article's paragraphs (its non-empty lines) with their offsets into the text. */
export function paragraphSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    if (match[0].trim().length > 0) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

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

/**
 * `dedupWords(text).join(' ')`, the form fingerprints hash, built without a string per word when
 * the text needs no folding. Then it holds only ASCII and typographic punctuation, whose letters
 * and digits are exactly [A-Za-z0-9], so lowercasing, dropping apostrophes and turning every other
 * run into one space gives the same line; dedup's exact checks shingle a stored text per
 * candidate, and the word strings were most of their garbage.
 */
export function dedupLine(text: string): string {
  if (MAY_NEED_FOLDING.test(text)) return dedupWords(text).join(' ');
  return text.toLowerCase().replace(/['’‘`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** How many words a dedupLine holds (single spaces between them). */
export function lineWordCount(line: string): number {
  if (line.length === 0) return 0;
  let words = 1;
  for (let index = line.indexOf(' '); index >= 0; index = line.indexOf(' ', index + 1)) words += 1;
  return words;
}

/** The article's paragraphs (its non-empty lines) with their offsets into the text. */
export function paragraphSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/[^\n]+/g)) {
    if (match[0].trim().length > 0) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

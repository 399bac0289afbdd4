/**
 * Unicode and whitespace normalization for article text. Keeps typographic quotes, apostrophes
 * and dashes (they carry meaning for quotations); folds only what is invisible or equivalent:
 * NFC composition, CR/CRLF line ends, no-break and other wide spaces, zero-width characters,
 * soft hyphens, trailing spaces on a line, and runs of blank lines (paragraphs stay one blank
 * line apart).
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, ' ')
    .replace(/\u2028|\u2029/g, '\n')
    .replace(/ +\n/g, '\n')
    .replace(/\n +/g, '\n')
    .replace(/ {2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Collapses all whitespace to single spaces: for titles, names and other one-line fields. */
export function normalizeLine(text: string): string {
  return text.normalize('NFC').replace(/[\s\u200B-\u200D\uFEFF\u00AD]+/g, ' ').trim();
}

/**
 * Lowercase with accents dropped ("Peña" → "pena"): how names and places are compared across
 * outlets, which do not all print diacritics.
 */
export function foldAccents(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

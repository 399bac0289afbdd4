/**
 * Turns what a person types into a safe FTS5 query: words are ANDed, "quoted words" stay a
 * phrase, and everything else (FTS5 operators, stray punctuation) is dropped rather than risking
 * a syntax error. Null when nothing searchable is left.
 */
export function toFtsQuery(text: string): string | null {
  const parts: string[] = [];
  const pieces = text.split('"');
  pieces.forEach((piece, index) => {
    const words = piece.match(/[\p{L}\p{N}_]+/gu) ?? [];
    if (words.length === 0) return;
    const insideQuotes = index % 2 === 1 && index < pieces.length - 1;
    if (insideQuotes) parts.push(`"${words.join(' ')}"`);
    else for (const word of words) parts.push(`"${word}"`);
  });
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Static features of the tagger: everything about a token that does not depend on the tags
 * already given. Feature strings are hashed later; their prefixes keep templates apart.
 */

/** What the tagger knows about the document a sentence belongs to. */
export interface DocumentContext {
  /** Lowercased words the document also writes in lowercase (so they are common words). */
  lowercaseWords: Set<string>;
  /** Words the document writes capitalized away from a sentence start. */
  capitalizedInside: Set<string>;
}

/** "Trump" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d": character classes, runs collapsed. */
export function shortShape(word: string): string {
  let shape = '';
  for (const char of word) {
    const kind = /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (!shape.endsWith(kind)) shape += kind;
  }
  return shape;
}

/** Whether a sentence is a headline in capitals (CoNLL's first line), where case says nothing. */
export function isCapitalsLine(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const word of words) {
    for (const char of word) {
      if (/\p{L}/u.test(char)) letters += 1;
      if (/\p{Lu}/u.test(char)) upper += 1;
    }
  }
  // Mostly capitals over a few letters: "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP".
  return letters >= 8 && upper / letters > 0.9;
}

/** Builds the document context from its sentences' words. */
export function documentContext(sentences: readonly (readonly string[])[]): DocumentContext {
  const lowercaseWords = new Set<string>();
  const capitalizedInside = new Set<string>();
  for (const words of sentences) {
    if (isCapitalsLine(words)) continue;
    words.forEach((word, index) => {
      if (/^\p{Ll}/u.test(word)) lowercaseWords.add(word);
      else if (index > 0 && /^\p{Lu}/u.test(word)) capitalizedInside.add(word.toLowerCase());
    });
  }
  return { lowercaseWords, capitalizedInside };
}

function lower(words: readonly string[], index: number): string {
  if (index < 0) return '<s>';
  if (index >= words.length) return '</s>';
  return words[index]!.toLowerCase();
}

function shapeAt(words: readonly string[], index: number): string {
  if (index < 0 || index >= words.length) return '-';
  return shortShape(words[index]!);
}

/** Static features of every token of one sentence. */
export function sentenceFeatures(words: readonly string[], context: DocumentContext): string[][] {
  const capitals = isCapitalsLine(words);
  return words.map((word, index) => tokenFeatures(words, index, capitals, context));
}

function tokenFeatures(words: readonly string[], index: number, capitals: boolean, context: DocumentContext): string[] {
  const word = words[index]!;
  const low = word.toLowerCase();
  const shape = capitals ? 'CAPS' : shortShape(word);
  const features = [
    'b', `w=${low}`, `s=${shape}`, `w-1=${lower(words, index - 1)}`, `w+1=${lower(words, index + 1)}`,
    `w-2=${lower(words, index - 2)}`, `w+2=${lower(words, index + 2)}`,
    `w-1w=${lower(words, index - 1)}|${low}`, `ww+1=${low}|${lower(words, index + 1)}`,
    `s-1=${shapeAt(words, index - 1)}`, `s+1=${shapeAt(words, index + 1)}`,
    `s-1s=${shapeAt(words, index - 1)}|${shape}`, `ss+1=${shape}|${shapeAt(words, index + 1)}`,
    `len=${Math.min(word.length, 8)}`, `first=${index === 0}|${shape}`,
  ];
  if (!capitals) features.push(`W=${word}`);
  for (let length = 1; length <= 4 && length < low.length; length += 1) {
    features.push(`p${length}=${low.slice(0, length)}`, `x${length}=${low.slice(-length)}`);
  }
  if (/^\p{Lu}/u.test(word) || capitals) {
    features.push(`doc-lower=${context.lowercaseWords.has(low)}`);
    features.push(`doc-cap-inside=${context.capitalizedInside.has(low)}|${index === 0 || capitals}`);
  }
  if (capitals) features.push(`caps-line|w=${low}`);
  return features;
}

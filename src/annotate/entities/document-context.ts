/** What the tagger knows about the document a sentence belongs to. */
export interface DocumentContext {
  /** Lowercased words the document also writes in lowercase (so they are common words). */
  lowercaseWords: Set<string>;
  /** Words the document writes capitalized away from a sentence start. */
  capitalizedInside: Set<string>;
}

/** Whether a sentence is a headline in capitals (CoNLL's first line), where case says nothing. */
export function isCapitalsLine(words: readonly string[]): boolean {
  let letters = 0;
  let upper = 0;
  for (const word of words) {
    const lowerWord = word.toLowerCase();
    const upperWord = word.toUpperCase();
    if (lowerWord === upperWord) continue;
    if (lowerWord.length !== word.length || upperWord.length !== word.length) {
      letters += word.length;
      upper += word === upperWord ? word.length : 0;
      continue;
    }
    for (let index = 0; index < word.length; index += 1) {
      if (lowerWord[index] !== upperWord[index]) letters += 1;
      if (lowerWord[index] !== word[index]) upper += 1;
    }
  }
  // Mostly capitals over a few letters: "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP".
  return letters >= 8 && upper / letters > 0.9;
}

/** Builds the document context from its sentences' words. */
export function documentContext(
  sentences: readonly (readonly string[])[], capitalsLines: readonly boolean[] = sentences.map(isCapitalsLine),
): DocumentContext {
  const lowercaseWords = new Set<string>();
  const capitalizedInside = new Set<string>();
  for (const [sentenceIndex, words] of sentences.entries()) {
    if (capitalsLines[sentenceIndex]) continue;
    words.forEach((word, index) => {
      if (/^\p{Ll}/u.test(word)) lowercaseWords.add(word);
      else if (index > 0 && /^\p{Lu}/u.test(word)) capitalizedInside.add(word.toLowerCase());
    });
  }
  return { lowercaseWords, capitalizedInside };
}

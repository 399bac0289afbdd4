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

/** Whether a word opens with a lowercase or an uppercase letter; ASCII answered without a regular expression. */
function caseOfFirstLetter(word: string): 'lower' | 'upper' | undefined {
  const code = word.charCodeAt(0);
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 65 && code <= 90) return 'upper';
  if (code < 128 || Number.isNaN(code)) return undefined;
  if (/^\p{Ll}/u.test(word)) return 'lower';
  return /^\p{Lu}/u.test(word) ? 'upper' : undefined;
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
      const opening = caseOfFirstLetter(word);
      if (opening === 'lower') lowercaseWords.add(word);
      else if (index > 0 && opening === 'upper') capitalizedInside.add(word.toLowerCase());
    });
  }
  return { lowercaseWords, capitalizedInside };
}

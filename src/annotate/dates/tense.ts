export type Tense = 'past' | 'present' | 'future';

// Future markers: modal "will", "shall", "going to", scheduling words. "Would" is left out on
// purpose: in news it is mostly reported speech about the past ("said Putin would not meet").
const FUTURE = /\b(will|shall|going to|plans? to|planned for|scheduled|upcoming|expected to|is set to|are set to|won['’]t)\b|['’]ll\b/i;
// Past markers: common irregular pasts and regular -ed verbs after a subject-like word.
const PAST = /\b(was|were|had|did|said|told|met|held|took|gave|came|went|made|saw|spoke|left|began|ended|launched|ordered|announced|\w{3,}ed)\b/i;

/** The tense of a sentence, judged from its markers; news prose defaults to the past. */
export function detectTense(sentence: string): Tense {
  if (FUTURE.test(sentence)) return 'future';
  if (PAST.test(sentence)) return 'past';
  return 'present';
}

const CLAUSE_BREAK = /[—–;:“”"()]|,\s(?:while|but|and|as|although|though|whereas)\s/gu;

/**
 * The tense at one place of a sentence: the clause around it decides ("whom he called an
 * animal on Wednesday — while Moscow will not…" is past at "Wednesday"); a clause without
 * markers takes the tense of what leads up to it, then the sentence's.
 */
export function detectTenseAt(sentence: string, offsetInSentence: number): Tense {
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index < offsetInSentence) clauseStart = match.index + match[0].length;
    else { clauseEnd = match.index; break; }
  }
  const clauseTense = detectTense(sentence.slice(clauseStart, clauseEnd));
  if (clauseTense !== 'present') return clauseTense;
  const leftTense = detectTense(sentence.slice(0, clauseEnd));
  return leftTense === 'present' ? detectTense(sentence) : leftTense;
}

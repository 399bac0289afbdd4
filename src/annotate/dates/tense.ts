export type Tense = 'past' | 'present' | 'future';

// Future markers: modal "will", "shall", "going to", scheduling words. "Would" is left out on
// purpose: in news it is mostly reported speech about the past ("said Putin would not meet").
const FUTURE = String.raw`will|shall|going to|plans? to|planned for|scheduled|upcoming|expected to|is set to|are set to|won['’]t`;
// Past markers: common irregular pasts and regular -ed verbs.
const PAST = String.raw`was|were|had|did|said|told|met|held|took|gave|came|went|made|saw|spoke|left|began|ended|launched|ordered|announced|\w{3,}ed`;
const MARKER = new RegExp(String.raw`\b(?:(${FUTURE})|(${PAST}))\b|['’](ll)\b`, 'giu');

/**
 * The tense of the verb marker nearest to `position` in `text` (a marker before it counts as
 * near as one after), or `present` when the text has none. The nearest verb is the one the
 * date most likely modifies: "the interview that aired Wednesday, … Russia will face" is past
 * at "Wednesday".
 */
function nearestTense(text: string, position: number): Tense {
  let best: { distance: number; tense: Tense } | null = null;
  for (const match of text.matchAll(MARKER)) {
    const end = match.index + match[0].length;
    const distance = end <= position ? position - end : Math.max(0, match.index - position);
    if (best && distance >= best.distance) continue;
    best = { distance, tense: match[2] !== undefined ? 'past' : 'future' };
  }
  return best?.tense ?? 'present';
}

/** The tense of a sentence, from its markers; future wins, news prose defaults to the past. */
export function detectTense(sentence: string): Tense {
  let tense: Tense = 'present';
  for (const match of sentence.matchAll(MARKER)) {
    if (match[2] === undefined) return 'future';
    tense = 'past';
  }
  return tense;
}

const CLAUSE_BREAK = /[—–;:“”"()]|,\s(?:while|but|and|as|although|though|whereas)\s/gu;

/**
 * The tense at one place of a sentence: the nearest verb marker inside the clause around it
 * ("whom he called an animal on Wednesday — while Moscow will not…" is past at "Wednesday");
 * a clause without markers takes the nearest marker of the whole sentence.
 */
export function detectTenseAt(sentence: string, offsetInSentence: number): Tense {
  let clauseStart = 0;
  let clauseEnd = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    if (match.index < offsetInSentence) clauseStart = match.index + match[0].length;
    else { clauseEnd = match.index; break; }
  }
  const clauseTense = nearestTense(sentence.slice(clauseStart, clauseEnd), offsetInSentence - clauseStart);
  return clauseTense === 'present' ? nearestTense(sentence, offsetInSentence) : clauseTense;
}

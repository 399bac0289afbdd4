import type { SentenceToken } from './sentence-tokens.js';
import { CAPITALIZED_FUNCTION_WORDS } from './name-words.js';
import { PREPOSITIONS, collectBackward, phraseAfter, type Phrase } from './speaker-phrase.js';
import { DETERMINERS, SUBJECT_PRONOUNS, isSkippable, isVerbLike } from './word-classes.js';

/**
 * The subject of the clause a participle or a coordinated cue belongs to ("…, saying", "by
 * demanding", "and said"): the nearest noun phrase before `before` that a verb follows
 * (adverbs between them skipped); failing that, the subject that opens the sentence.
 */
export function clauseSubject(tokens: readonly SentenceToken[], before: number): Phrase | null {
  for (let index = before - 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (!token.isWord || isSkippable(token)) continue;
    let next = index + 1;
    while (next < before && isSkippable(tokens[next]!)) next++;
    if (!isVerbLike(tokens[next])) continue;
    if (SUBJECT_PRONOUNS.has(token.lower)) {
      if (token.lower !== 'it') return { first: index, last: index };
      continue;
    }
    const phrase = collectBackward(tokens, index);
    if (phrase && !PREPOSITIONS.has(tokens[phrase.first - 1]?.lower ?? '')) return phrase;
  }
  return sentenceSubject(tokens, before);
}

/** The noun phrase that opens the sentence, after an opening adverbial clause ("After the vote, …"). */
export function sentenceSubject(tokens: readonly SentenceToken[], before: number): Phrase | null {
  let start = 0;
  const opener = tokens[0];
  if (opener && (PREPOSITIONS.has(opener.lower) || (CAPITALIZED_FUNCTION_WORDS.has(opener.lower) && !DETERMINERS.has(opener.lower)))) {
    const comma = tokens.findIndex((token, index) => index < before && token.text === ',');
    if (comma < 0) return null;
    start = comma + 1;
  }
  const phrase = phraseAfter(tokens, start - 1);
  return phrase && phrase.last < before && tokens[phrase.first]!.lower !== 'it' ? phrase : null;
}

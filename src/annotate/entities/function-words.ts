import type { Sentence, Token } from '../../model/index.js';
import type { Mention } from './mentions.js';

/**
 * Parts of speech that never make a one-word name: a capitalized "Beyond" or "However" opening
 * a sentence is a preposition or an adverb, whatever its case suggests. Nouns, verbs and
 * adjectives stay out of the list: wink guesses those poorly in headlines and for rare names.
 */
const NEVER_A_NAME = new Set(['ADP', 'ADV', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART']);

function tokenStartingAt(tokens: readonly Token[], offset: number): Token | undefined {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = tokens[middle]!.start;
    if (start === offset) return tokens[middle];
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/**
 * Drops one-word mentions that wink reads as a function word (its tokens, not ours), and longer
 * ones that open a sentence with one: the tagger took "Beyond" in "Beyond Syria" for a name, so
 * its reading of the rest is not to be trusted either.
 */
export function dropFunctionWords(mentions: readonly Mention[], tokens: readonly Token[], sentences: readonly Sentence[]): Mention[] {
  return mentions.filter((mention) => {
    const token = tokenStartingAt(tokens, mention.start);
    if (!token || !NEVER_A_NAME.has(token.pos)) return true;
    // Inside a sentence, capitals mark a name whatever wink says; at its start they mark nothing.
    return /\s/.test(mention.text) && sentences[mention.sentence]?.start !== mention.start;
  });
}

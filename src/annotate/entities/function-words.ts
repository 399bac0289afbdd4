import type { Token } from '../../model/index.js';
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

/** Drops one-word mentions that wink reads as a function word (its tokens, not ours). */
export function dropFunctionWords(mentions: readonly Mention[], tokens: readonly Token[]): Mention[] {
  return mentions.filter((mention) => {
    if (/\s/.test(mention.text)) return true;
    const token = tokenStartingAt(tokens, mention.start);
    return !(token && token.end === mention.end && NEVER_A_NAME.has(token.pos));
  });
}

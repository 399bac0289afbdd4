import type { Article, Token, WordingPair } from '../model/index.js';

/** What a word can be swapped with: see SLOT_CLASS in framing-wording.ts. */
export type Slot = 'nominal' | 'predicate' | 'action';

export interface ContentWord {
  token: Token;
  /** Position in the article's tokens: how far apart two words are. */
  index: number;
  lemma: string;
  slot: Slot;
}

/** A wording pair citing each side from its first word to its last. */
export function pairOf(basis: WordingPair['basis'], a: Article, fromA: ContentWord[], b: Article, fromB: ContentWord[]): WordingPair {
  const span = (words: ContentWord[]) => ({ start: words[0]!.token.start, end: words[words.length - 1]!.token.end });
  const spanA = span(fromA);
  const spanB = span(fromB);
  return {
    basis,
    texts: [a.text.slice(spanA.start, spanA.end), b.text.slice(spanB.start, spanB.end)],
    mentions: [{ articleId: a.id, span: spanA }, { articleId: b.id, span: spanB }],
  };
}

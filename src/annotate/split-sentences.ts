import type { Article, Sentence, Token } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { findSentenceSpans } from './split-sentences-boundaries.js';
import { tokenizeSpan } from './split-sentences-tokens.js';

/**
 * The sentences and tokens of an article. Boundaries are our own rules (abbreviations, initials,
 * closing quotes, ellipses; never across a line break); tokens, lemmas and POS tags come from
 * wink, read one sentence at a time so the cost stays linear in the text length.
 */
export function splitSentences(): Stage {
  return {
    name: 'sentences',
    version: '1',
    requires: ['text'],
    provides: ['sentences', 'tokens'],
    run(article: Article): Article {
      const sentences: Sentence[] = findSentenceSpans(article.text);
      const tokens: Token[] = [];
      for (const sentence of sentences) tokenizeSpan(article.text, sentence.start, sentence.end, tokens);
      return { ...article, sentences, tokens };
    },
  };
}

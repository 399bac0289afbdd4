import type { Article, NumberMention, Sentence } from '../model/index.js';
import { fallbackSentences } from './fallback-sentences.js';
import { contentTerms } from './lexical.js';
import type { QuotedPassage } from './quoted-passages.js';

/** A claim of one article (a sentence) with everything the aligner compares. */
export interface ClaimUnit {
  articleId: string;
  /** Position of the article in the compared list. */
  articleIndex: number;
  /** Position of the sentence in its article (earlier sentences carry the news). */
  position: number;
  start: number;
  end: number;
  /** Distinct content-term keys. */
  keys: string[];
  numbers: NumberMention[];
  entityKeys: string[];
  /** Resolved ISO values: days, months, years, or intervals "start/end". */
  dates: string[];
  /** Share of the sentence's characters inside quotation marks. */
  quotedShare: number;
}

export function articleSentences(article: Article): Sentence[] {
  return article.sentences ?? fallbackSentences(article.text);
}

/** Every sentence of the article as a claim unit. */
export function claimUnits(article: Article, articleIndex: number, quotes: readonly QuotedPassage[]): ClaimUnit[] {
  return articleSentences(article).map((sentence, position) => claimUnit(article, articleIndex, position, sentence, quotes));
}

/** One passage `[start, end)` of the article as a claim unit. */
export function claimUnit(
  article: Article,
  articleIndex: number,
  position: number,
  span: { start: number; end: number },
  quotes: readonly QuotedPassage[],
): ClaimUnit {
  const inside = <T extends { start: number; end: number }>(items: readonly T[] | undefined): T[] =>
    (items ?? []).filter((item) => item.start >= span.start && item.end <= span.end);
  const quoted = inside(quotes).reduce((sum, quote) => sum + (quote.end - quote.start), 0);
  return {
    articleId: article.id,
    articleIndex,
    position,
    start: span.start,
    end: span.end,
    keys: [...new Set(contentTerms(article.text, span.start, span.end, article.tokens).map((term) => term.key))],
    numbers: inside(article.numbers),
    entityKeys: [...new Set(inside(article.entities).map((entity) => entity.key))],
    dates: [...new Set(inside(article.dates).flatMap((date) => (date.value ? [date.value] : [])))],
    quotedShare: quoted / Math.max(1, span.end - span.start),
  };
}

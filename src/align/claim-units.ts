import type { Article, DateMention, NumberMention, Sentence } from '../model/index.js';
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
  /** The keys of content terms outside numbers and dates: what the claim says, not its values. */
  plainKeys: string[];
  numbers: NumberMention[];
  entityKeys: string[];
  /** Resolved ISO values: days, months, years, or intervals "start/end". */
  dates: string[];
  /** The resolved date mentions themselves, with granularity and whether they are relative. */
  dateMentions: DateMention[];
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
  const terms = contentTerms(article.text, span.start, span.end, article.tokens);
  const values = [...inside(article.numbers), ...inside(article.dates)];
  const plain = terms.filter((term) => !values.some((value) => term.start < value.end && value.start < term.end));
  return {
    articleId: article.id,
    articleIndex,
    position,
    start: span.start,
    end: span.end,
    keys: [...new Set(terms.map((term) => term.key))],
    plainKeys: [...new Set(plain.map((term) => term.key))],
    numbers: inside(article.numbers),
    entityKeys: [...new Set(inside(article.entities).map((entity) => entity.key))],
    dates: [...new Set(inside(article.dates).flatMap((date) => (date.value ? [date.value] : [])))],
    dateMentions: inside(article.dates).filter((date) => date.value !== null),
    quotedShare: quoted / Math.max(1, span.end - span.start),
  };
}

import type { Article } from '../model/index.js';

/**
 * What the story clusterer reads of an article. Built from an Article with
 * `clusterInputFromArticle`; every field but `id` and `text` is optional, and each one that is
 * present adds evidence (a title is weighted above body words, dates enable time decay,
 * entity keys replace the capitalized-name fallback, numbers separate same-kind events).
 */
export interface ClusterInput {
  id: string;
  text: string;
  title?: string | null;
  /** ISO 8601; only the calendar day is used. */
  publishedAt?: string | null;
  outlet?: string | null;
  /** Normalized entity keys (Entity.key) when the article was annotated. */
  entityKeys?: string[];
  /** Numeric values mentioned (NumberMention.value, ranges as their low and high ends). */
  numbers?: number[];
}

/** The clusterer's view of an annotated or merely extracted article. */
export function clusterInputFromArticle(article: Article): ClusterInput {
  const input: ClusterInput = {
    id: article.id,
    text: article.text,
    title: article.title,
    publishedAt: article.publishedAt,
    outlet: article.outlet,
  };
  if (article.entities) input.entityKeys = article.entities.map((entity) => entity.key);
  if (article.numbers) {
    input.numbers = article.numbers.flatMap((mention) =>
      typeof mention.value === 'number' ? [mention.value] : [mention.value.low, mention.value.high]);
  }
  return input;
}

import type { ExtractedArticle } from '../model/index.js';

/**
 * Publication dates for the articles that have none, inferred from the others of the story:
 * the median of the known dates (day precision). Coverage of one event is published within days,
 * and the median ignores one outlet's late follow-up. Articles with their own date are left out.
 */
export function inferMissingDates(articles: readonly ExtractedArticle[]): Record<string, string> {
  const known = articles.flatMap((article) => (article.publishedAt ? [article.publishedAt.slice(0, 10)] : [])).sort();
  if (known.length === 0) return {};
  const median = known[Math.floor((known.length - 1) / 2)]!;
  const inferred: Record<string, string> = {};
  for (const article of articles) if (!article.publishedAt) inferred[article.id] = median;
  return inferred;
}

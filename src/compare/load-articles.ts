import type { Article, ExtractedArticle } from '../model/index.js';
import { readInputs } from '../ingest/read-inputs.js';
import { extractArticle } from '../extract/extract-article.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';
import { inferMissingDates } from './infer-dates.js';

export interface LoadedArticles {
  articles: Article[];
  inferredDates: Record<string, string>;
}

/**
 * Inputs → annotated articles for a comparison: read, extract, infer the publication date of
 * articles that have none from the others (so "Wednesday" resolves), then annotate each.
 * Articles without text are dropped (their messages are reported through `onArticle`).
 */
export async function loadArticles(
  inputs: readonly string[],
  onArticle: (article: ExtractedArticle, index: number) => void = () => undefined,
  onAnnotated: (count: number) => void = () => undefined,
): Promise<LoadedArticles> {
  const extracted: ExtractedArticle[] = [];
  for await (const raw of readInputs(inputs)) {
    const article = extractArticle(raw);
    onArticle(article, extracted.length);
    if (article.text.length > 0) extracted.push(article);
  }
  const inferredDates = inferMissingDates(extracted);
  const articles = extracted.map((article, index) => {
    const referenceDate = article.publishedAt ?? inferredDates[article.id];
    const annotated = annotateArticle(article, referenceDate ? { referenceDate } : {});
    onAnnotated(index + 1);
    return annotated;
  });
  return { articles, inferredDates };
}

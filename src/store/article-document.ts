import type { Article } from '../model/index.js';
import { stableHash } from '../text/hash.js';

/**
 * The fields that make an article's document, in a fixed order: a change in any of them is a new
 * version. Left out: `source` (the same page read from another path is the same document),
 * messages, annotations and provenance (recomputed, not edited by the publisher).
 */
export function documentHash(article: Article): string {
  return stableHash(JSON.stringify([
    article.url, article.outlet, article.title, article.authors, article.publishedAt, article.language,
    article.dateline, article.captions, article.credits, article.text,
  ]));
}

/**
 * Splits an article into its text (stored and indexed once) and the rest as JSON. The text's key
 * stays in the JSON, empty, so the field order survives the round trip.
 */
export function splitArticle(article: Article): { text: string; body: string } {
  return { text: article.text, body: JSON.stringify({ ...article, text: '' }) };
}

/** The inverse of splitArticle. */
export function joinArticle(text: string, body: string): Article {
  const article = JSON.parse(body) as Article;
  article.text = text;
  return article;
}

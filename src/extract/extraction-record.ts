import type { Article, ExtractedArticle } from '../model/index.js';

/**
 * The extraction output, exactly these fields in this order (documented in
 * docs/article.schema.json); annotations and provenance are left out.
 */
export function toExtractionRecord(article: Article): ExtractedArticle {
  return {
    id: article.id,
    source: article.source,
    url: article.url,
    outlet: article.outlet,
    title: article.title,
    authors: article.authors,
    publishedAt: article.publishedAt,
    language: article.language,
    dateline: article.dateline,
    captions: article.captions,
    credits: article.credits,
    text: article.text,
    messages: article.messages,
  };
}

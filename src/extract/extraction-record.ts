import type { Article, ExtractedArticle, RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import { stableHash } from '../text/hash.js';

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

/**
 * The record of a document whose extraction threw (a page that defeats the parser, such as markup
 * nested 100,000 levels deep): what the reader knew, empty text and an error message, so the
 * input keeps its place in the output and the run goes on.
 */
export function failedExtractionRecord(raw: RawDocument, error: unknown): ExtractedArticle {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const message = makeMessage('extraction-failed', `Extraction failed (${reason.split('\n')[0]}).`, { source: raw.source, stage: 'extract' });
  return {
    id: raw.hints.id ?? stableHash(raw.hints.url ? `url:${raw.hints.url}` : raw.body !== '' ? `text:${raw.body}` : `source:${raw.source}`),
    source: raw.source,
    url: raw.hints.url ?? null,
    outlet: raw.hints.outlet ?? null,
    title: raw.hints.title ?? null,
    authors: raw.hints.authors ?? [],
    publishedAt: raw.hints.publishedAt ?? null,
    language: raw.hints.language ?? null,
    dateline: null,
    captions: [],
    credits: [],
    text: '',
    messages: [...raw.messages, message],
  };
}

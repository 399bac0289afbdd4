import { basename } from 'node:path';
import type { Article, ComparedSource } from '../model/index.js';
import { findWords } from '../text/words.js';

/** Each article as the report names it: its outlet, else its title, else its file name. */
export function describeSources(articles: readonly Article[], inferredDates: Readonly<Record<string, string>>): ComparedSource[] {
  return articles.map((article) => {
    const inferred = article.publishedAt === null ? inferredDates[article.id] ?? null : null;
    return {
      articleId: article.id,
      name: article.outlet ?? article.title ?? (article.source === '-' ? 'standard input' : basename(article.source)),
      outlet: article.outlet,
      title: article.title,
      publishedAt: article.publishedAt ?? inferred,
      dateInferred: inferred !== null,
      dateline: article.dateline,
      byline: article.authors.length > 0 ? article.authors.join(', ') : null,
      words: findWords(article.text).length,
      source: article.source,
      text: article.text,
    };
  });
}

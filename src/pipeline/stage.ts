import type { Article, ArticleField } from '../model/index.js';

/**
 * What every stage receives besides the article: options shared by the run.
 * `referenceDate` stands in for a missing publication date (e.g. inferred from a story).
 */
export interface StageContext {
  referenceDate?: string;
}

/**
 * A per-article stage: a small, named, versioned function that declares the fields it reads and
 * the fields it writes. Stage factories are verb phrases (`splitSentences(options)`).
 * `run` returns a new article value (or the same one with the provided fields added).
 */
export interface Stage {
  name: string;
  version: string;
  requires: readonly ArticleField[];
  provides: readonly ArticleField[];
  run(article: Article, context: StageContext): Article;
}

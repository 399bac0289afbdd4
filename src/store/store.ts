import type { Article, Story } from '../model/index.js';

/** What storing one article did: new id, same content again, or a changed document (new version). */
export interface PutArticleResult {
  status: 'new' | 'unchanged' | 'updated';
  /** 1 for the first version of an id, then 2, 3…; earlier versions are kept. */
  version: number;
}

/** One stored version of an article. */
export interface ArticleVersion {
  version: number;
  /** ISO 8601 UTC, when this version was stored. */
  storedAt: string;
  article: Article;
}

/**
 * Where articles and stories live: SQLite (embedded default) or PostgreSQL, one interface, one
 * contract test suite (store.case.ts) run against both. Every write is transactional: a process
 * killed mid-write leaves the store as it was before that write.
 */
export interface Store {
  /** Idempotent upsert by article id; a changed document under the same id keeps its earlier version. */
  putArticle(article: Article): Promise<PutArticleResult>;
  /** The latest version, or null. */
  getArticle(id: string): Promise<Article | null>;
  /** Every stored version, oldest first. */
  getArticleVersions(id: string): Promise<ArticleVersion[]>;
  /** Latest versions in the order they were first stored. */
  listArticles(options?: { limit?: number; offset?: number }): Promise<Article[]>;
  countArticles(): Promise<number>;
  putStory(story: Story): Promise<void>;
  getStory(id: string): Promise<Story | null>;
  listStories(): Promise<Story[]>;
  close(): Promise<void>;
}

import type { Article, Story } from '../model/index.js';
import type { ArticleFingerprint, DuplicateLink } from '../dedup/duplicate-link.js';

/** A story's own fields, without its members. */
export type StoryHeader = Omit<Story, 'articleIds'>;

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
 * What became of one input document at ingest, keyed by a hash of its source and bytes, so a
 * rerun skips what is already done. `articleId` is the stored article (or the original an exact
 * duplicate repeats); null when extraction failed.
 */
export interface DocumentRecord {
  key: string;
  articleId: string | null;
  outcome: 'stored' | 'unchanged' | 'updated' | 'exact-duplicate' | 'near-duplicate' | 'wire-copy' | 'failed';
}

/** Entries read per bucket key by findBucketMates. */
export const BUCKET_READ_LIMIT = 50;

/** One article that went through the story clusterer, in the order it did. */
export interface ClusteredEntry {
  seq: number;
  articleId: string;
  storyId: string;
}

/** The story clusterer's saved state (opaque JSON texts, in order) and the last clustered-log entry it covers. */
export interface ClustererCheckpoint {
  seq: number;
  parts: string[];
}

/** One full-text search result, best first. `snippet` marks matched words with [ and ]. */
export interface SearchHit {
  articleId: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  snippet: string;
  /** bm25 relevance, higher is better (SQLite's bm25() negated). */
  score: number;
}

/**
 * Where articles and stories live: SQLite (embedded default) or PostgreSQL, one interface, one
 * contract test suite (store.case.ts) run against both. Every write is transactional: a process
 * killed mid-write leaves the store as it was before that write. One writer per store object:
 * `transaction` runs its work alone, and calls made inside it join it.
 */
export interface Store {
  /** Idempotent upsert by article id; a changed document under the same id keeps its earlier version. */
  putArticle(article: Article): Promise<PutArticleResult>;
  /** The latest version, or null. */
  getArticle(id: string): Promise<Article | null>;
  /** The latest version's text alone, or null (what dedup compares). */
  getArticleText(id: string): Promise<string | null>;
  /** Every stored version, oldest first. */
  getArticleVersions(id: string): Promise<ArticleVersion[]>;
  /** Latest versions in the order they were first stored. */
  listArticles(options?: { limit?: number; offset?: number }): Promise<Article[]>;
  countArticles(): Promise<number>;
  putStory(story: Story): Promise<void>;
  getStory(id: string): Promise<Story | null>;
  /** A story without its member list: growing a story by one article must not read all of them. */
  getStoryHeader(id: string): Promise<StoryHeader | null>;
  /** Upserts a story's title, dates and outlets, leaving its members as they are. */
  putStoryHeader(header: StoryHeader): Promise<void>;
  /** Appends an article to a story's members, unless it is one already (the story must exist). */
  appendStoryMember(storyId: string, articleId: string): Promise<void>;
  listStories(): Promise<Story[]>;
  /** The story holding an article, or null. */
  findStoryOfArticle(articleId: string): Promise<string | null>;
  /** Records that an article went through the story clusterer (the log a resumed ingest replays). */
  logClustered(articleId: string, storyId: string): Promise<void>;
  /** The clustered-article log after `afterSeq`, in clustering order, at most `limit` entries. */
  listClustered(afterSeq: number, limit: number): Promise<ClusteredEntry[]>;
  /**
   * Saves the clusterer's state as of every clustered entry logged so far, replacing the one
   * saved before; call it in the transaction that logged them, so state and log agree. The
   * parts are consumed one at a time, so a large state is never held whole.
   */
  putClustererCheckpoint(parts: Iterable<string>): Promise<void>;
  /** The saved clusterer state, or null when none was saved. */
  getClustererCheckpoint(): Promise<ClustererCheckpoint | null>;

  /** Runs `work` in one transaction: all of its writes are stored, or none. */
  transaction<T>(work: () => Promise<T>): Promise<T>;

  getDocument(key: string): Promise<DocumentRecord | null>;
  putDocument(record: DocumentRecord): Promise<void>;

  /** Stores (or replaces) an article's dedup fingerprint and its LSH bucket keys. */
  putFingerprint(fingerprint: ArticleFingerprint): Promise<void>;
  getFingerprint(articleId: string): Promise<ArticleFingerprint | null>;
  /** Fingerprints with this canonical URL or this content hash, oldest stored first. */
  findExactMatches(canonicalUrl: string | null, contentHash: string): Promise<ArticleFingerprint[]>;
  /**
   * Fingerprints sharing at least one bucket key, most shared keys first (ties: oldest stored
   * first), at most `limit`. Only the most recent BUCKET_READ_LIMIT entries of a key are read, so
   * a key that boilerplate made common costs the same as any other.
   */
  findBucketMates(bandKeys: readonly number[], limit: number): Promise<ArticleFingerprint[]>;

  putDuplicate(link: DuplicateLink): Promise<void>;
  /** The link of a copy to its original, or null for originals and unknown ids. */
  getDuplicate(articleId: string): Promise<DuplicateLink | null>;
  /** The copies linked to one original. */
  listCopies(originalId: string): Promise<DuplicateLink[]>;

  /** Full-text search over title and text, ranked by bm25. */
  search(query: string, options?: { limit?: number }): Promise<SearchHit[]>;
  close(): Promise<void>;
}

import Database from 'better-sqlite3';
import type { Article, Story } from '../../model/index.js';
import type { ArticleFingerprint, DuplicateLink } from '../../dedup/duplicate-link.js';
import type { DocumentRecord, Store, StoryHeader } from '../store.js';
import { migrate } from './migrations.js';
import { toStoreError } from './sqlite-errors.js';
import { createArticleTable } from './article-table.js';
import { createStoryTable } from './story-table.js';
import { createDedupTables } from './dedup-tables.js';
import { createSearchTable } from './search-table.js';
import { BACKSTOP_PAGES, startBackgroundCheckpoints, type BackgroundCheckpoints } from './background-checkpoints.js';

export interface SqliteStoreOptions {
  /** Waits this long for another process's write lock before failing. */
  busyTimeoutMs?: number;
  /**
   * Checkpoint the write-ahead log from a thread of its own (background-checkpoints.ts), for
   * long write-heavy runs such as ingest; a file database only.
   */
  backgroundCheckpoints?: boolean;
}

/**
 * Opens (creating and migrating) a SQLite store. WAL journal with synchronous=NORMAL: a commit
 * survives the process being killed at any moment (kill -9), and a crash never corrupts the file;
 * only a power cut may lose the last commits, never consistency.
 */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const background = options.backgroundCheckpoints === true && file !== ':memory:';
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Checkpoint the WAL into the database every 20,000 pages (80 MB) rather than SQLite's 1,000:
    // an ingest commit rewrites the same index pages batch after batch, and each checkpoint copies
    // them (with an fsync); on bench:ingest's first 40,000 articles COMMIT took 18.8 s instead of 26.2 s.
    db.pragma(`wal_autocheckpoint = ${background ? BACKSTOP_PAGES : 20_000}`);
    migrate(db, file);
  } catch (error) {
    throw toStoreError(error, file);
  }
  const checkpoints = background ? startBackgroundCheckpoints(file) : undefined;
  return createSqliteStore(db, file, checkpoints);
}

/** The Store over an open, migrated database (exported for tests that set pragmas first). */
export function createSqliteStore(db: Database.Database, file: string, checkpoints?: BackgroundCheckpoints): Store {
  const articles = createArticleTable(db);
  const stories = createStoryTable(db);
  const dedup = createDedupTables(db);
  const search = createSearchTable(db);
  let inTransaction = false;

  // Every call: infrastructure failures become ParallaxErrors; results are promises so the
  // interface fits PostgreSQL too.
  const run = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(toStoreError(error, file));
    }
  };

  return {
    putArticle: (article: Article) => run(() => articles.put(article)),
    getArticle: (id: string) => run(() => articles.get(id)),
    getArticleText: (id: string) => run(() => articles.text(id)),
    getArticleVersions: (id: string) => run(() => articles.versions(id)),
    listArticles: (options = {}) => run(() => articles.list(options.limit ?? -1, options.offset ?? 0)),
    countArticles: () => run(() => articles.count()),
    putStory: (story: Story) => run(() => stories.put(story)),
    getStory: (id: string) => run(() => stories.get(id)),
    getStoryHeader: (id: string) => run(() => stories.getHeader(id)),
    putStoryHeader: (header: StoryHeader) => run(() => stories.putHeader(header)),
    appendStoryMember: (storyId: string, articleId: string) => run(() => stories.appendMember(storyId, articleId)),
    listStories: () => run(() => stories.list()),
    findStoryOfArticle: (articleId: string) => run(() => stories.storyOf(articleId)),
    logClustered: (articleId: string, storyId: string) => run(() => stories.logClustered(articleId, storyId)),
    listClustered: (afterSeq: number, limit: number) => run(() => stories.clusteredAfter(afterSeq, limit)),
    putClustererCheckpoint: (parts: Iterable<string>) => run(() => stories.putCheckpoint(parts)),
    getClustererCheckpoint: () => run(() => stories.getCheckpoint()),
    getDocument: (key: string) => run(() => dedup.getDocument(key)),
    putDocument: (record: DocumentRecord) => run(() => dedup.putDocument(record)),
    putFingerprint: (fingerprint: ArticleFingerprint) => run(() => dedup.putFingerprint(fingerprint)),
    getFingerprint: (articleId: string) => run(() => dedup.getFingerprint(articleId)),
    findExactMatches: (canonicalUrl: string | null, contentHash: string) => run(() => dedup.findExactMatches(canonicalUrl, contentHash)),
    findBucketMates: (bandKeys: readonly number[], limit: number) => run(() => dedup.findBucketMates(bandKeys, limit)),
    putDuplicate: (link: DuplicateLink) => run(() => dedup.putDuplicate(link)),
    getDuplicate: (articleId: string) => run(() => dedup.getDuplicate(articleId)),
    listCopies: (originalId: string) => run(() => dedup.listCopies(originalId)),
    search: (query: string, options = {}) => run(() => search.search(query, options.limit ?? 20)),

    async transaction<T>(work: () => Promise<T>): Promise<T> {
      if (inTransaction) return work();
      await run(() => db.exec('BEGIN IMMEDIATE'));
      inTransaction = true;
      try {
        const result = await work();
        await run(() => {
          articles.flushSearch();
          db.exec('COMMIT');
        });
        return result;
      } catch (error) {
        articles.discardSearch();
        dedup.discardBucketIndex();
        if (db.inTransaction) db.exec('ROLLBACK');
        throw toStoreError(error, file);
      } finally {
        inTransaction = false;
      }
    },
    close: async () => {
      await checkpoints?.stop();
      return run(() => { if (db.open) db.close(); });
    },
  };
}

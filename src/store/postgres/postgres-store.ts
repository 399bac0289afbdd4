import pg from 'pg';
import type { Store } from '../store.js';
import { migratePostgres } from './postgres-schema.js';
import { toPostgresStoreError } from './postgres-errors.js';
import { postgresArticles, type Query } from './postgres-articles.js';
import { postgresDedup } from './postgres-dedup.js';

export interface PostgresStoreOptions {
  /** libpq-style connection string; default: the PG* environment variables. */
  connectionString?: string;
  /** The schema holding Parallax's tables (created when absent). */
  schema?: string;
}

/**
 * The Store over PostgreSQL, on one connection (one writer per store object, as with SQLite).
 * A write outside `transaction` runs in its own transaction, so each call is atomic.
 */
export async function openPostgresStore(options: PostgresStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? 'parallax';
  const where = `${options.connectionString ?? 'from PG* settings'} (schema ${schema})`;
  const client = new pg.Client(options.connectionString ? { connectionString: options.connectionString } : {});
  client.on('error', () => {});
  try {
    await client.connect();
    await migratePostgres(client, schema);
  } catch (error) {
    await client.end().catch(() => {});
    throw toPostgresStoreError(error, where);
  }
  let inTransaction = false;
  const query: Query = async (sql, values) => {
    try {
      return (await client.query(sql, values)).rows as Array<Record<string, unknown>>;
    } catch (error) {
      throw toPostgresStoreError(error, where);
    }
  };
  const transaction = async <T>(work: () => Promise<T>): Promise<T> => {
    if (inTransaction) return work();
    await query('BEGIN');
    inTransaction = true;
    try {
      const result = await work();
      await query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw toPostgresStoreError(error, where);
    } finally {
      inTransaction = false;
    }
  };
  const articles = postgresArticles(query);
  const dedup = postgresDedup(query);
  return {
    ...articles,
    ...dedup,
    putArticle: (article) => transaction(() => articles.putArticle(article)),
    putStory: (story) => transaction(() => articles.putStory(story)),
    appendStoryMember: (storyId, articleId) => transaction(() => articles.appendStoryMember(storyId, articleId)),
    putClustererCheckpoint: (parts) => transaction(() => articles.putClustererCheckpoint(parts)),
    putFingerprint: (fingerprint) => transaction(() => dedup.putFingerprint(fingerprint)),
    transaction,
    close: async () => { await client.end(); },
  };
}

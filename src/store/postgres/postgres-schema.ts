import type pg from 'pg';
import { ParallaxError } from '../../model/index.js';

/**
 * Forward-only migrations of the PostgreSQL schema, the same tables as SQLite's. Full-text search
 * is a generated tsvector (title weighted A, text B) with a GIN index instead of FTS5.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    document_hash TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    body TEXT NOT NULL,
    search TSVECTOR GENERATED ALWAYS AS (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
    ) STORED
  );
  CREATE INDEX articles_search ON articles USING GIN (search);
  CREATE TABLE article_versions (
    article_id TEXT NOT NULL, version INTEGER NOT NULL, stored_at TEXT NOT NULL, article TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
  );
  CREATE TABLE stories (
    seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
    first_date TEXT, last_date TEXT, outlets TEXT NOT NULL
  );
  CREATE TABLE story_articles (
    story_id TEXT NOT NULL, position INTEGER NOT NULL, article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, position)
  );
  CREATE INDEX story_articles_by_article ON story_articles (article_id);
  CREATE TABLE documents (key TEXT PRIMARY KEY, article_id TEXT, outcome TEXT NOT NULL);
  CREATE TABLE fingerprints (
    seq BIGSERIAL PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, canonical_url TEXT, content_hash TEXT NOT NULL,
    shingle_count INTEGER NOT NULL, minhash BYTEA NOT NULL, band_keys BYTEA NOT NULL, published_at TEXT
  );
  CREATE INDEX fingerprints_by_url ON fingerprints (canonical_url) WHERE canonical_url IS NOT NULL;
  CREATE INDEX fingerprints_by_content ON fingerprints (content_hash);
  CREATE TABLE lsh_buckets (band_key BIGINT NOT NULL, fingerprint_seq BIGINT NOT NULL, PRIMARY KEY (band_key, fingerprint_seq));
  CREATE TABLE duplicates (article_id TEXT PRIMARY KEY, original_id TEXT NOT NULL, link TEXT NOT NULL);
  CREATE INDEX duplicates_by_original ON duplicates (original_id);
  CREATE TABLE clustered (seq BIGSERIAL PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, story_id TEXT NOT NULL);
  `,
  // The story clusterer's saved state, so a resumed ingest replays only the log after it.
  `
  CREATE TABLE clusterer_checkpoint (part INTEGER PRIMARY KEY, seq BIGINT NOT NULL, state TEXT NOT NULL);
  `,
];

export const LATEST_POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/** Creates the schema when absent and brings it to the latest version, each step in a transaction. */
export async function migratePostgres(client: pg.Client, schema: string): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  await client.query(`SET search_path TO ${quoteIdentifier(schema)}`);
  await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const current = Number((await client.query('SELECT version FROM schema_version')).rows[0]?.version ?? 0);
  if (current > LATEST_POSTGRES_SCHEMA_VERSION) {
    throw new ParallaxError('PX021', `The PostgreSQL schema ${schema} has version ${current}, newer than this Parallax understands (${LATEST_POSTGRES_SCHEMA_VERSION}); upgrade Parallax or use another schema.`);
  }
  for (let version = current + 1; version <= LATEST_POSTGRES_SCHEMA_VERSION; version += 1) {
    await client.query('BEGIN');
    try {
      await client.query(MIGRATIONS[version - 1] as string);
      await client.query('DELETE FROM schema_version');
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

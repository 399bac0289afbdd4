import type Database from 'better-sqlite3';
import { ParallaxError } from '../../model/index.js';

/**
 * Forward-only schema migrations: migration N turns schema N-1 into N. Never edit a released
 * migration; add the next one. A store written by a newer Parallax (a higher version than the
 * last here) is refused rather than guessed at.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    document_hash TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    body TEXT NOT NULL
  );
  CREATE TABLE article_versions (
    article_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    stored_at TEXT NOT NULL,
    article TEXT NOT NULL,
    PRIMARY KEY (article_id, version)
  ) WITHOUT ROWID;
  CREATE VIRTUAL TABLE article_search USING fts5(
    title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
  );
  CREATE TABLE stories (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    outlets TEXT NOT NULL
  );
  CREATE TABLE story_articles (
    story_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, position)
  ) WITHOUT ROWID;
  CREATE INDEX story_articles_by_article ON story_articles (article_id);
  CREATE TABLE documents (
    key TEXT PRIMARY KEY,
    article_id TEXT,
    outcome TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE fingerprints (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    canonical_url TEXT,
    content_hash TEXT NOT NULL,
    shingle_count INTEGER NOT NULL,
    minhash BLOB NOT NULL,
    band_keys BLOB NOT NULL,
    published_at TEXT
  );
  CREATE INDEX fingerprints_by_url ON fingerprints (canonical_url) WHERE canonical_url IS NOT NULL;
  CREATE INDEX fingerprints_by_content ON fingerprints (content_hash);
  CREATE TABLE lsh_buckets (
    band_key INTEGER NOT NULL,
    fingerprint_seq INTEGER NOT NULL,
    PRIMARY KEY (band_key, fingerprint_seq)
  ) WITHOUT ROWID;
  CREATE TABLE duplicates (
    article_id TEXT PRIMARY KEY,
    original_id TEXT NOT NULL,
    link TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX duplicates_by_original ON duplicates (original_id);
  CREATE TABLE clustered (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    story_id TEXT NOT NULL
  );
  `,
  // The story clusterer's saved state, so a resumed ingest replays only the log after it.
  `
  CREATE TABLE clusterer_checkpoint (
    part INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    state TEXT NOT NULL
  );
  `,
  // LSH buckets moved to memory (bucket-index.ts), built from fingerprints.band_keys.
  `
  DROP TABLE lsh_buckets;
  `,
  // The full-text index merges its segments 8 at a time (FTS5's default is 4): each ingest batch
  // adds a segment, and with 4 a text was rewritten about 5 times by 200k articles. Indexing 200k
  // bench:ingest texts in batches of 200 took 0.32 instead of 0.46 ms an article; a search reads
  // at most 7 segments a level instead of 3 (a two-word query over them: under 10 ms).
  `
  INSERT INTO article_search (article_search, rank) VALUES ('automerge', 8);
  `,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database to the latest schema, each step in its own transaction. */
export function migrate(db: Database.Database, file: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  const current = row?.version ?? 0;
  if (current > LATEST_SCHEMA_VERSION) {
    throw new ParallaxError('PX021', `The store ${file} has schema version ${current}, newer than this Parallax understands (${LATEST_SCHEMA_VERSION}); upgrade Parallax or use another --db file.`);
  }
  for (let version = current + 1; version <= LATEST_SCHEMA_VERSION; version += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version - 1] as string);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(version);
    }).immediate();
  }
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { isParallaxError } from '../../model/index.js';
import { sampleArticle } from '../store.case.js';
import { createSqliteStore, openSqliteStore } from './sqlite-store.js';
import { LATEST_SCHEMA_VERSION, migrate } from './migrations.js';

function tempFile(t: { after(fn: () => void): void }): string {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-store-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return join(folder, 'test.db');
}

const hasCode = (code: string) => (error: unknown) => isParallaxError(error) && error.code === code;

test('a store written by a newer schema is refused with a ParallaxError', async (t) => {
  const file = tempFile(t);
  await openSqliteStore(file).close();
  const db = new Database(file);
  db.prepare('UPDATE schema_version SET version = ?').run(LATEST_SCHEMA_VERSION + 1);
  db.close();
  assert.throws(() => openSqliteStore(file), hasCode('PX021'));
});

test('reopening a store keeps its schema version and its articles', async (t) => {
  const file = tempFile(t);
  const store = openSqliteStore(file);
  await store.putArticle(sampleArticle('a'));
  await store.close();
  const again = openSqliteStore(file);
  assert.equal(await again.countArticles(), 1);
  await again.close();
});

test('new and migrated stores merge full-text segments 8 at a time, and a migrated store keeps its search', async (t) => {
  // Migration 4's value, written out: a released migration's text never changes.
  const FTS_AUTOMERGE = 8;
  const automerge = (db: Database.Database) => db.prepare("SELECT v FROM article_search_config WHERE k = 'automerge'").pluck().get();
  const fresh = tempFile(t);
  await openSqliteStore(fresh).close();
  const freshDb = new Database(fresh);
  assert.equal(automerge(freshDb), FTS_AUTOMERGE);
  // Back to FTS5's default and schema 3, as before the setting: the migration sets it and leaves the index usable.
  freshDb.exec("INSERT INTO article_search (article_search, rank) VALUES ('automerge', 4); UPDATE schema_version SET version = 3");
  freshDb.close();
  const store = openSqliteStore(fresh);
  await store.putArticle(sampleArticle('a', { text: 'Grain exports rose sharply.' }));
  assert.deepEqual((await store.search('grain exports')).map((hit) => hit.articleId), [sampleArticle('a').id]);
  await store.close();
  const migrated = new Database(fresh);
  assert.equal(automerge(migrated), FTS_AUTOMERGE);
  migrate(migrated, fresh); // already latest: nothing runs again
  assert.equal(migrated.prepare('SELECT version FROM schema_version').pluck().get(), LATEST_SCHEMA_VERSION);
  migrated.close();
});

test('writing to a read-only store fails with PX022 and keeps what was stored', async (t) => {
  const file = tempFile(t);
  const { db, store } = await openWithConnection(file);
  await store.putArticle(sampleArticle('a'));
  db.pragma('query_only = ON');
  await assert.rejects(store.putArticle(sampleArticle('b')), hasCode('PX022'));
  assert.equal(await store.countArticles(), 1);
  await store.close();
});

test('a full disk fails with PX023, rolls back the write and keeps what was stored', async (t) => {
  const file = tempFile(t);
  const { db, store } = await openWithConnection(file);
  await store.putArticle(sampleArticle('a'));
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.pragma(`max_page_count = ${pages + 2}`);
  const big = 'word '.repeat(200_000);
  await assert.rejects(store.transaction(async () => {
    await store.putArticle(sampleArticle('b', { text: big }));
  }), hasCode('PX023'));
  assert.equal(await store.countArticles(), 1);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  await store.close();
});

test('a process killed with SIGKILL mid-writes leaves every committed transaction whole', async (t) => {
  const file = tempFile(t);
  await openSqliteStore(file).close();
  const writer = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'write-forever.case.ts'), file], { stdio: 'ignore' });
  // Wait (under any machine load) until the writer has committed, then let it write on a little.
  for (let waited = 0; committedArticles(file) === 0 && waited < 60_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  writer.kill('SIGKILL');
  await new Promise((resolve) => writer.once('exit', resolve));
  const store = openSqliteStore(file);
  const count = await store.countArticles();
  assert.ok(count > 0, 'the writer stored something before it was killed');
  const articles = await store.listArticles();
  for (const article of articles) {
    assert.equal((await store.getDocument(`doc-${article.id}`))?.articleId, article.id, 'article and its document record commit together');
  }
  await store.close();
  const db = new Database(file);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.close();
});

function committedArticles(file: string): number {
  const reader = new Database(file, { readonly: true });
  try { return (reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n; } finally { reader.close(); }
}

/** A migrated store and its raw connection, so a test can set pragmas that simulate failures. */
async function openWithConnection(file: string) {
  await openSqliteStore(file).close();
  const db = new Database(file);
  return { db, store: createSqliteStore(db, file) };
}

test('the search index stays consistent with the articles through a batch, an update in it and a rollback', async (t) => {
  const { db, store } = await openWithConnection(tempFile(t));
  await store.putArticle(sampleArticle('a', { text: 'Grain exports rose.' }));
  await store.transaction(async () => {
    await store.putArticle(sampleArticle('b', { text: 'Tariffs were raised.' }));
    await store.putArticle(sampleArticle('b', { text: 'Tariffs were lowered.' }));
    await store.putArticle(sampleArticle('a', { text: 'Grain exports fell.' }));
  });
  await assert.rejects(store.transaction(async () => {
    await store.putArticle(sampleArticle('c', { text: 'Never stored.' }));
    throw new Error('killed');
  }));
  // 'integrity-check' with rank 1 also compares the index with the articles' current text.
  assert.doesNotThrow(() => db.prepare("INSERT INTO article_search (article_search, rank) VALUES ('integrity-check', 1)").run());
  await store.close();
});

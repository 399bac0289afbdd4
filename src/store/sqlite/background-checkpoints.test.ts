import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { sampleArticle } from '../store.case.js';
import { startBackgroundCheckpoints } from './background-checkpoints.js';
import { openSqliteStore } from './sqlite-store.js';

function tempFile(t: { after(fn: () => void): void }): string {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-checkpoints-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return join(folder, 'test.db');
}

test('the checkpoint thread copies committed pages into the database file while the writer keeps its log', async (t) => {
  const file = tempFile(t);
  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  writer.pragma('wal_autocheckpoint = 0'); // the writer never checkpoints by itself
  writer.exec('CREATE TABLE notes (text TEXT NOT NULL)');
  const insert = writer.prepare('INSERT INTO notes (text) VALUES (?)');
  writer.transaction(() => { for (let row = 0; row < 2_000; row += 1) insert.run('x'.repeat(500)); })();
  const before = statSync(file).size;
  const checkpoints = startBackgroundCheckpoints(file, 20);
  let after = before;
  for (let wait = 0; wait < 100 && after <= before; wait += 1) {
    await sleep(20);
    after = statSync(file).size;
  }
  await checkpoints.stop();
  assert.ok(after > before + 500_000, `database file ${before} → ${after} bytes`);
  assert.equal((writer.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n, 2_000);
  writer.close();
});

test('a store with background checkpoints writes, reads and closes as any other', async (t) => {
  const file = tempFile(t);
  const store = openSqliteStore(file, { backgroundCheckpoints: true });
  await store.transaction(async () => { await store.putArticle(sampleArticle('a')); });
  assert.equal((await store.listArticles()).length, 1);
  await store.close();
  const reopened = openSqliteStore(file);
  assert.equal((await reopened.listArticles()).length, 1);
  await reopened.close();
});

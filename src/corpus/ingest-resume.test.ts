import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestCorpus } from './ingest-corpus.js';
import { listStoryRecords } from './story-listing.js';
import { writeSyntheticCorpus } from './synthetic-corpus.case.js';

const CLI = join(import.meta.dirname, '..', 'cli', 'main.ts');

function runIngest(inputs: string, db: string) {
  return spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', inputs, '--db', db, '--batch-size', '10', '--threads', '1'], { stdio: 'ignore' });
}

/** Committed document records, read through a second connection while the writer runs (WAL). */
function committedDocuments(db: string): number {
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try { return (reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n; } finally { reader.close(); }
  } catch {
    return 0;
  }
}

async function snapshot(db: string) {
  const store = openSqliteStore(db);
  const result = { articles: await store.countArticles(), stories: await listStoryRecords(store) };
  await store.close();
  return result;
}

test('an ingest killed with SIGKILL midway and run again loses nothing, stores nothing twice and ends with the same stories', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-resume-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const inputs = join(folder, 'in');
  const corpus = writeSyntheticCorpus(inputs, 150);

  const reference = openSqliteStore(join(folder, 'reference.db'));
  await ingestCorpus({ store: reference, inputs: [inputs], threads: 0 });
  await reference.close();

  const db = join(folder, 'killed.db');
  const first = runIngest(inputs, db);
  let committedAtKill = 0;
  while (first.exitCode === null) {
    committedAtKill = committedDocuments(db);
    if (committedAtKill > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  first.kill('SIGKILL');
  const [, signal] = await new Promise<[number | null, string | null]>((resolve) => first.once('exit', (code, sig) => resolve([code, sig])));
  assert.equal(signal, 'SIGKILL', 'the first run was killed, not finished');
  assert.ok(committedDocuments(db) < corpus.documents, 'the kill came midway');

  const second = runIngest(inputs, db);
  const code = await new Promise((resolve) => second.once('exit', resolve));
  assert.equal(code, 1, 'the rerun finishes (exit 1: the corpus has one failing document)');
  assert.equal(committedDocuments(db), corpus.documents);
  assert.deepEqual(await snapshot(db), await snapshot(join(folder, 'reference.db')));
});

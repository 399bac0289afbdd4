import { test, type TestContext } from 'node:test';
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

function runIngest(inputs: string, db: string, checkpointEvery: number) {
  return spawn(process.execPath, ['--import', 'tsx', CLI, 'ingest', inputs, '--db', db, '--batch-size', '10', '--threads', '1', '--checkpoint-every', String(checkpointEvery)], { stdio: 'ignore' });
}

/** A count over committed rows, read through a second connection while the writer runs (WAL); 0 before the table exists. */
function committedCount(db: string, sql: string): number {
  try {
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    try { return (reader.prepare(sql).get() as { n: number }).n; } finally { reader.close(); }
  } catch {
    return 0;
  }
}

const committedDocuments = (db: string) => committedCount(db, 'SELECT count(*) AS n FROM documents');
const savedCheckpoints = (db: string) => committedCount(db, 'SELECT count(DISTINCT seq) AS n FROM clusterer_checkpoint');

async function snapshot(db: string) {
  const store = openSqliteStore(db);
  const result = { articles: await store.countArticles(), stories: await listStoryRecords(store) };
  await store.close();
  return result;
}

/**
 * Kills an ingest once `killWhen` holds of its committed state, runs it again, and compares the
 * result with an uninterrupted run's. `checkpointEvery`: articles between saved clusterer states.
 */
async function killAndResume(t: TestContext, checkpointEvery: number, killWhen: (db: string) => boolean) {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-resume-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const inputs = join(folder, 'in');
  const corpus = writeSyntheticCorpus(inputs, 150);

  const reference = openSqliteStore(join(folder, 'reference.db'));
  await ingestCorpus({ store: reference, inputs: [inputs], threads: 0 });
  await reference.close();

  const db = join(folder, 'killed.db');
  const first = runIngest(inputs, db, checkpointEvery);
  while (first.exitCode === null && !killWhen(db)) await new Promise((resolve) => setTimeout(resolve, 5));
  first.kill('SIGKILL');
  const [, signal] = await new Promise<[number | null, string | null]>((resolve) => first.once('exit', (code, sig) => resolve([code, sig])));
  assert.equal(signal, 'SIGKILL', 'the first run was killed, not finished');
  assert.ok(committedDocuments(db) < corpus.documents, 'the kill came midway');
  const checkpointsAtKill = savedCheckpoints(db);

  const second = runIngest(inputs, db, checkpointEvery);
  const code = await new Promise((resolve) => second.once('exit', resolve));
  assert.equal(code, 1, 'the rerun finishes (exit 1: the corpus has one failing document)');
  assert.equal(committedDocuments(db), corpus.documents);
  assert.deepEqual(await snapshot(db), await snapshot(join(folder, 'reference.db')));
  return { checkpointsAtKill };
}

test('an ingest killed with SIGKILL midway and run again loses nothing, stores nothing twice and ends with the same stories', async (t) => {
  const { checkpointsAtKill } = await killAndResume(t, 1_000_000, (db) => committedDocuments(db) > 0);
  assert.equal(checkpointsAtKill, 0, 'the rerun replayed the whole clustered log');
});

test('a rerun after a kill restores the saved clusterer state, replays the log after it, and ends with the same stories', async (t) => {
  const { checkpointsAtKill } = await killAndResume(t, 15, (db) => savedCheckpoints(db) > 0 && committedDocuments(db) >= 40);
  assert.equal(checkpointsAtKill, 1, 'the kill came after a clusterer checkpoint');
});

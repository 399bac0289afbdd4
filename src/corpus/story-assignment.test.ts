import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestCorpus } from './ingest-corpus.js';
import { restoreClusterer } from './story-assignment.js';
import { writeSyntheticCorpus } from './synthetic-corpus.case.js';

test('the clusterer restored from the checkpoint a run saved equals one replayed from the whole log; an unreadable checkpoint falls back to the log', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-restore-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  writeSyntheticCorpus(join(folder, 'in'), 12);
  const store = openSqliteStore(join(folder, 'db.sqlite'));
  t.after(() => store.close());
  await ingestCorpus({ store, inputs: [join(folder, 'in')], threads: 0 });
  const logged = (await store.listClustered(0, 10_000)).length;

  const fromCheckpoint = await restoreClusterer(store);
  assert.equal(fromCheckpoint.fromCheckpoint, true);
  assert.equal(fromCheckpoint.replayed, 0, 'the run saved its state at its end');

  await store.putClustererCheckpoint(['{"header":{"format":"parallax-story-clusterer","version":1}}']);
  const fromLog = await restoreClusterer(store);
  assert.equal(fromLog.fromCheckpoint, false);
  assert.equal(fromLog.replayed, logged);
  assert.equal(fromLog.drifted, 0);
  assert.deepEqual(fromCheckpoint.clusterer.snapshot(), fromLog.clusterer.snapshot());
});

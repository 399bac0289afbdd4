// The contract between bench/ingest-peer.ts and bench/peer-sklearn-cluster.py: input order kept,
// one label per document, header blocks split off corpus files. Skips without python3-sklearn.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runPeer, sklearnAvailable } from '../../bench/peer-sklearn.js';

const QUAKE = 'A strong earthquake struck northern Iran on Sunday, killing villagers and destroying homes near Tabriz.';
const ARREST = 'Police arrested the Chargers linebacker on suspicion of drunk driving early Saturday in San Diego.';
const skip = sklearnAvailable() ? false : 'python3-sklearn not installed; run npm run setup:bench';

test('the peer gives one label per streamed document, in input order, texts of one event together', { skip }, () => {
  const stream = [QUAKE, ARREST, `${QUAKE} Rescuers searched the rubble.`, `${ARREST} He was released on bail.`]
    .map((text, index) => `${JSON.stringify({ id: `d${index}`, gold: 'g', title: null, text })}\n`).join('');
  const output = runPeer({ stream }, [0.2, 0.99]);
  assert.equal(output.documents, 4);
  assert.deepEqual(output.runs.map((run) => run.labels), [[0, 1, 0, 1], [0, 1, 2, 3]]);
});

test('the peer reads a corpus folder in name order with header blocks split off', { skip }, () => {
  const folder = mkdtempSync(join(tmpdir(), 'peer-corpus-'));
  try {
    mkdirSync(join(folder, '0000'));
    writeFileSync(join(folder, '0000', 'a.txt'), `title: Quake in Iran\nurl: https://example.com/1\n\n${QUAKE}\n`);
    writeFileSync(join(folder, '0000', 'b.txt'), `title: Linebacker arrested\ndate: 2015-01-02\n\n${ARREST}\n`);
    writeFileSync(join(folder, '0001.txt'), `title: Iran quake toll rises\n\n${QUAKE}\n`);
    const output = runPeer({ corpusFolder: folder }, [0.2]);
    assert.deepEqual(output.runs[0]?.labels, [0, 1, 0]);
    assert.ok(output.peakRssMb > 0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

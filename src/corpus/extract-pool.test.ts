import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDocument } from '../model/index.js';
import { readFileDocuments } from '../ingest/read-file-sync.js';
import { createExtractPool } from './extract-pool.js';
import { documentKey } from './document-key.js';

const CRASHING_WORKER = new URL('../../test/fixtures/workers/crashing-extract-worker.js', import.meta.url).href;

const raw = (body: string): RawDocument => ({ source: `${body}.txt`, format: 'text', body, hints: {}, messages: [] });

test('a task that kills its thread fails alone; the tasks that shared the thread succeed', async () => {
  const pool = createExtractPool(1, 40, { workerFile: CRASHING_WORKER });
  try {
    const bodies = Array.from({ length: 30 }, (_, index) => (index === 12 ? 'CRASH here' : `document ${index}`));
    const results = await Promise.all(bodies.map((body) => pool.run({ raw: raw(body), annotate: false })));
    results.forEach((result, index) => {
      if (index === 12) {
        assert.equal(result.fingerprint, null);
        assert.equal(result.article.source, 'CRASH here.txt');
        assert.match(result.article.messages[0]?.text ?? '', /Extraction failed .*thread stopped twice.*exited with code: 3/);
      } else {
        assert.deepEqual(result.fingerprint, { articleId: bodies[index] }, `document ${index}`);
      }
    });
    // The pool goes on with a new thread.
    assert.notEqual((await pool.run({ raw: raw('after'), annotate: false })).fingerprint, null);
  } finally {
    await pool.close();
  }
});

test('a file whose reading kills its thread comes back as its documents, failed, under their usual keys', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-pool-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  const crashing = join(folder, 'bad.txt');
  const fine = join(folder, 'good.txt');
  writeFileSync(crashing, 'title: A page\n\nCRASH in the middle of a paragraph.\n');
  writeFileSync(fine, 'A good page.\n');
  const pool = createExtractPool(1, 0, { workerFile: CRASHING_WORKER });
  try {
    const [bad, good] = await Promise.all([pool.readAndExtract({ path: crashing, annotate: false }), pool.readAndExtract({ path: fine, annotate: false })]);
    const expected: string[] = [];
    for await (const document of readFileDocuments(crashing)) expected.push(documentKey(document));
    assert.deepEqual(bad?.map((item) => item.key), expected);
    assert.equal(bad?.[0]?.result.fingerprint, null);
    assert.equal(bad?.[0]?.result.article.source, crashing);
    assert.equal(good?.[0]?.key, 'A good page.\n');
  } finally {
    await pool.close();
  }
});

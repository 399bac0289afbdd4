import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract } from '../store.case.js';
import { openSqliteStore } from './sqlite-store.js';

runStoreContract('sqlite', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-store-'));
  return {
    store: openSqliteStore(join(folder, 'test.db')),
    dispose: async () => rmSync(folder, { recursive: true, force: true }),
  };
});

test('sqlite: bucket mates include fingerprints another connection stored or replaced after this one built its index', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-store-'));
  const file = join(folder, 'test.db');
  const mine = openSqliteStore(file);
  const theirs = openSqliteStore(file);
  try {
    const fingerprint = (articleId: string, bandKeys: number[]) => ({
      articleId, canonicalUrl: null, contentHash: `hash-${articleId}`, shingleCount: 10, minhash: [1, 2, 3], bandKeys, publishedAt: null,
    });
    await mine.putFingerprint(fingerprint('a', [1, 2]));
    assert.deepEqual((await mine.findBucketMates([1], 10)).map((each) => each.articleId), ['a']);
    await theirs.putFingerprint(fingerprint('b', [1, 3]));
    assert.deepEqual((await mine.findBucketMates([1, 3], 10)).map((each) => each.articleId), ['b', 'a']);
    // Replaced: b's row goes and its new row, with other keys, takes the same seq.
    await theirs.putFingerprint(fingerprint('b', [4]));
    assert.deepEqual((await mine.findBucketMates([1, 3], 10)).map((each) => each.articleId), ['a']);
    assert.deepEqual((await mine.findBucketMates([4], 10)).map((each) => each.articleId), ['b']);
    // Theirs, then mine, stored before this one looks again.
    await theirs.putFingerprint(fingerprint('c', [5]));
    await mine.putFingerprint(fingerprint('d', [5]));
    assert.deepEqual((await mine.findBucketMates([5], 10)).map((each) => each.articleId), ['c', 'd']);
  } finally {
    await mine.close();
    await theirs.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

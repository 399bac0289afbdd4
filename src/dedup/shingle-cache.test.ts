import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createShingleCache } from './shingle-cache.js';
import { loadShingleHasher } from './shingles.js';
import { shingleSet } from './text-overlap.js';

test('the shingle cache reads a text once per version, and forgets the longest unused past its limit', async () => {
  const hasher = await loadShingleHasher();
  const cache = createShingleCache(hasher, 2);
  const reads: string[] = [];
  const text = (id: string) => async () => { reads.push(id); return `the text of article ${id} runs on for a few more words`; };
  assert.deepEqual(await cache.get('a', 'h1', text('a')), shingleSet('the text of article a runs on for a few more words', hasher));
  await cache.get('a', 'h1', text('a'));
  await cache.get('b', 'h1', text('b'));
  await cache.get('a', 'h1', text('a'));
  await cache.get('c', 'h1', text('c'));
  await cache.get('a', 'h1', text('a'));
  await cache.get('b', 'h1', text('b'));
  await cache.get('a', 'h2', text('a'));
  assert.deepEqual(reads, ['a', 'b', 'c', 'b', 'a']);
  assert.equal(await cache.get('gone', 'h', async () => null), null);
});

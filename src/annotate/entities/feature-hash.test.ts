import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bucketOf, feed, feedPair, hashFeature, prefixState } from './feature-hash.js';

test('feeding a feature in parts lands in the bucket of its whole string', () => {
  for (const [before, word] of [['the', 'kremlin'], ['<s>', 'Łódź'], ['', ''], ['mr.', '😀']]) {
    assert.equal(bucketOf(feedPair(prefixState('w-1w='), before!, word!), 20), hashFeature(`w-1w=${before}|${word}`, 20));
    assert.equal(bucketOf(feed(prefixState('w='), word!), 20), hashFeature(`w=${word}`, 20));
  }
});

test('feeding a range hashes only that slice', () => {
  assert.equal(bucketOf(feed(prefixState('x3='), 'lavrov', 3), 20), hashFeature('x3=rov', 20));
  assert.equal(bucketOf(feed(prefixState('p2='), 'lavrov', 0, 2), 20), hashFeature('p2=la', 20));
});

test('buckets stay below 2^bits', () => {
  for (const feature of ['b', 'w=trump', 's=Xx']) assert.ok(hashFeature(feature, 10) < 1 << 10);
});

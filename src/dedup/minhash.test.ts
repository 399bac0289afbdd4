import { test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateJaccard, lshBandKeys, LSH_BANDS, minhashSignature } from './minhash.js';
import { measureOverlap } from './text-overlap.js';

function range(from: number, to: number): Uint32Array {
  return Uint32Array.from({ length: to - from }, (_, index) => (from + index) * 2654435761);
}

test('the MinHash estimate stays within 0.15 of the exact Jaccard', () => {
  const a = range(0, 1000);
  const b = range(500, 1500);
  const exact = measureOverlap(a.slice().sort(), b.slice().sort()).jaccard;
  assert.ok(Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - exact) < 0.15);
});

test('identical sets share every LSH bucket and disjoint sets share none', () => {
  const a = lshBandKeys(minhashSignature(range(0, 300)));
  assert.equal(a.length, LSH_BANDS);
  assert.deepEqual(lshBandKeys(minhashSignature(range(0, 300))), a);
  const other = new Set(lshBandKeys(minhashSignature(range(5000, 5300))));
  assert.equal(a.filter((key) => other.has(key)).length, 0);
  assert.ok(a.every((key) => Number.isSafeInteger(key)));
});

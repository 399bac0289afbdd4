import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BucketIndex } from './bucket-index.js';

/** What the index must answer, written the slow and obvious way: rows of (key, seq, live). */
class NaiveBuckets {
  rows: { key: number; seq: number; live: boolean }[] = [];
  add(seq: number, keys: readonly number[]): void {
    for (const key of keys) this.rows.push({ key, seq, live: true });
  }
  remove(seq: number): void {
    for (const row of this.rows) if (row.seq === seq) row.live = false;
  }
  sharedCounts(keys: readonly number[], perKey: number): Map<number, number> {
    const counts = new Map<number, number>();
    for (const key of keys) {
      const newest = this.rows.filter((row) => row.live && row.key === key).reverse().slice(0, perKey);
      for (const row of newest) counts.set(row.seq, (counts.get(row.seq) ?? 0) + 1);
    }
    return counts;
  }
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const sorted = (counts: Map<number, number>) => [...counts].sort((a, b) => a[0] - b[0]);

test('the bucket index answers as a table of (key, seq) rows would, across buffer flushes, run merges and removals', () => {
  const next = random(7);
  const index = new BucketIndex();
  const naive = new NaiveBuckets();
  // Few distinct keys per band so buckets fill past the per-key limit; band keys, paragraph-range
  // keys and small keys, as the store's callers use them.
  const keyOf = () => {
    const kind = next();
    if (kind < 0.6) return Math.floor(next() * 20) * 2 ** 32 + Math.floor(next() * 300);
    if (kind < 0.9) return 2 ** 40 + Math.floor(next() * 2 ** 38);
    return Math.floor(next() * 50);
  };
  let seq = 0;
  const live: number[] = [];
  for (let step = 0; step < 6000; step += 1) {
    const action = next();
    if (action < 0.08 && live.length > 1) {
      // A replaced fingerprint: the old row goes, a new one takes max(seq) + 1, reusing the seq when it was the newest.
      const victim = live.splice(Math.floor(next() * live.length), 1)[0] as number;
      index.remove(victim);
      naive.remove(victim);
      seq = Math.max(0, ...live) + 1;
    } else {
      seq += 1;
    }
    const keys = [...new Set(Array.from({ length: 1 + Math.floor(next() * 28) }, keyOf))];
    assert.equal(index.add(seq, keys), true);
    naive.add(seq, keys);
    live.push(seq);
    if (step % 97 === 0) {
      const query = [...new Set(Array.from({ length: 28 }, keyOf))];
      assert.deepEqual(sorted(index.sharedCounts(query, 50)), sorted(naive.sharedCounts(query, 50)), `step ${step}`);
      assert.deepEqual(sorted(index.sharedCounts(query, 3)), sorted(naive.sharedCounts(query, 3)), `step ${step}, 3 per key`);
    }
  }
  assert.equal(index.lastSeq, seq);
});

test('the bucket index refuses a seq older than its newest entry, so its owner rebuilds it', () => {
  const index = new BucketIndex();
  assert.equal(index.add(5, [1, 2]), true);
  assert.equal(index.add(3, [1]), false);
  assert.deepEqual(sorted(index.sharedCounts([1, 2], 50)), [[5, 2]]);
  index.remove(4);
  index.remove(5);
  assert.deepEqual(index.sharedCounts([1, 2], 50).size, 0);
});

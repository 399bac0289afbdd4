import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTagger, saveTagger } from './model-file.js';
import { TAGS } from './tagset.js';

test('a saved tagger loads with every weight in its row and empty buckets on the zero row', () => {
  const bits = 8;
  const dense = new Float32Array((1 << bits) * TAGS.length);
  // Three buckets with weights, the rest empty: the first and last bucket test the edges.
  for (const bucket of [0, 17, (1 << bits) - 1]) {
    for (let tag = 0; tag < TAGS.length; tag += 3) dense[bucket * TAGS.length + tag] = (tag - 8) / 4 + bucket / 100;
  }
  const directory = mkdtempSync(join(tmpdir(), 'tagger-'));
  try {
    saveTagger(join(directory, 'tagger.json.gz'), { bits, weights: dense });
    const loaded = loadTagger(join(directory, 'tagger.json.gz'));
    const scale = 32767 / Math.max(...dense.map(Math.abs));
    assert.equal(loaded.weights.length, 4 * TAGS.length);
    for (let bucket = 0; bucket < 1 << bits; bucket += 1) {
      const row = loaded.rowOfBucket![bucket]!;
      for (let tag = 0; tag < TAGS.length; tag += 1) {
        assert.equal(loaded.weights[row * TAGS.length + tag], Math.round(dense[bucket * TAGS.length + tag]! * scale));
      }
    }
    assert.equal(loaded.rowOfBucket![5], 0);
  } finally {
    rmSync(directory, { recursive: true });
  }
});

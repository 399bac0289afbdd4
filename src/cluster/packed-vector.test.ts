import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countAndWeigh, emptyFrequencies, frequenciesFromEntries, frequencyEntries } from './document-frequencies.js';
import { createSpread, packVector, spread, spreadDot, unspread, type PackedVector } from './packed-vector.js';
import { dot, type SparseVector } from './sparse-vector.js';

/** A deterministic pseudo-random sequence (mulberry32). */
function randomSequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

test('the dot product over feature ids equals the one over feature names to the last bit', () => {
  const random = randomSequence(7);
  // 5,000 features, so ids run past the scratch array's first length and it grows mid-vector.
  const vocabulary = Array.from({ length: 5_000 }, (_, at) => `word${at}`);
  const table = emptyFrequencies();
  countAndWeigh(table, new Map(vocabulary.map((word) => [word, 1])), (count) => count);
  const randomVector = (size: number): SparseVector => {
    const vector: SparseVector = new Map();
    while (vector.size < size) vector.set(vocabulary[Math.floor(random() * vocabulary.length)] as string, random() / 7);
    return vector;
  };
  for (let trial = 0; trial < 300; trial += 1) {
    const a = randomVector(1 + Math.floor(random() * 300));
    // Half the pairs share most of their features, half only what chance gives.
    const b = trial % 2 === 0 ? new Map([...a].filter(() => random() < 0.7).map(([key]) => [key, random()])) : randomVector(1 + Math.floor(random() * 300));
    for (const [key] of randomVector(20)) b.set(key, random());
    const packedA = packVector(a, table);
    const packedB = packVector(b, table);
    assert.equal(spreadThenDot(packedA, packedB), dot(a, b), `trial ${trial}`);
    assert.equal(spreadThenDot(packedB, packedA), dot(b, a), `trial ${trial}, reversed`);
  }
  // The spread's arrays are left zeroed: an empty vector against anything is 0, both ways.
  const some = packVector(randomVector(50), table);
  assert.equal(spreadThenDot(packVector(new Map(), table), some), 0);
  assert.equal(spreadThenDot(some, packVector(new Map(), table)), 0);
});

test('one spread vector dotted with many others gives each pair its own dot product', () => {
  const random = randomSequence(11);
  const table = emptyFrequencies();
  const vocabulary = Array.from({ length: 3_000 }, (_, at) => `term${at}`);
  countAndWeigh(table, new Map(vocabulary.map((word) => [word, 1])), (count) => count);
  const vectorOf = (size: number): SparseVector => {
    const vector: SparseVector = new Map();
    while (vector.size < size) vector.set(vocabulary[Math.floor(random() * 600)] as string, random());
    return vector;
  };
  const article = vectorOf(200);
  const target = createSpread();
  spread(target, packVector(article, table));
  // Smaller, equal and larger others, in turn, against the same spread.
  for (const size of [5, 200, 300, 1, 150, 250, 200]) {
    const story = vectorOf(size);
    assert.equal(spreadDot(target, packVector(story, table)), dot(article, story), `size ${size}`);
  }
  unspread(target);
  assert.ok(target.positions.every((position) => position === 0));
  assert.ok(target.products.every((product) => product === 0));
});

/** The dot product through a spread of `a`, cleared after. */
function spreadThenDot(a: PackedVector, b: PackedVector): number {
  const target = createSpread();
  spread(target, a);
  const result = spreadDot(target, b);
  unspread(target);
  return result;
}

test('a frequency table rebuilt from its entries gives the same ids and counts, past its first capacity', () => {
  const table = emptyFrequencies();
  for (let document = 0; document < 3; document += 1) {
    countAndWeigh(table, new Map(Array.from({ length: 2_000 }, (_, at) => [`f${(at * 7 + document) % 3_000}`, 1])), (count) => count);
  }
  const rebuilt = frequenciesFromEntries(table.documentCount, frequencyEntries(table));
  assert.deepEqual([...frequencyEntries(rebuilt)], [...frequencyEntries(table)]);
  assert.deepEqual(rebuilt.features, table.features);
  assert.equal(rebuilt.documentCount, 3);
  // Each document holds 2,000 distinct features (7 is prime to 3,000), each counted once.
  assert.equal([...frequencyEntries(rebuilt)].reduce((sum, [, count]) => sum + count, 0), 6_000);
});

test('packing a vector with a feature its table never counted is refused', () => {
  assert.throws(() => packVector(new Map([['unseen', 1]]), emptyFrequencies()), /not in the table/);
});

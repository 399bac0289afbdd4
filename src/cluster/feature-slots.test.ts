import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countAt, countsById, createFeatureSlots, findFeature, idAt, setCount, slotOfFeature } from './feature-slots.js';

test('features get ids in order of first sight and keep their counts as the table grows', () => {
  const table = createFeatureSlots();
  const reference = new Map<string, { id: number; count: number }>();
  // 30,000 features (the table starts with 1,024 slots and doubles many times), seen unevenly;
  // short, long, accented and non-Latin ones, and pairs that differ in one character or its place.
  const feature = (at: number) => [`w${at}`, `${at}w`, `wörd${at}`, `слово${at}`, `${'x'.repeat(at % 40)}${at}`][at % 5] as string;
  for (let step = 0; step < 90_000; step += 1) {
    const name = feature((step * 7_919) % 30_000 + (step % 3 === 0 ? 0 : Math.floor(step / 9_000)));
    const offset = slotOfFeature(table, name);
    setCount(table, offset, countAt(table, offset) + 1);
    const known = reference.get(name) ?? { id: reference.size, count: 0 };
    known.count += 1;
    reference.set(name, known);
    assert.equal(idAt(table, offset), known.id, name);
  }
  assert.equal(table.size, reference.size);
  const counts = countsById(table);
  for (const [name, { id, count }] of reference) {
    assert.equal(findFeature(table, name), id, name);
    assert.equal(counts[id], count, name);
  }
  assert.equal(findFeature(table, 'never seen'), -1);
  assert.equal(findFeature(table, ''), -1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAhead } from './read-ahead.js';

async function* numbers(count: number, failAt = -1): AsyncGenerator<number> {
  for (let index = 0; index < count; index += 1) {
    if (index === failAt) throw new Error(`failed at ${index}`);
    await new Promise((resolve) => setImmediate(resolve));
    yield index;
  }
}

test('reading ahead keeps the source order', async () => {
  const seen: number[] = [];
  for await (const value of readAhead(numbers(50), 4)) seen.push(value);
  assert.deepEqual(seen, Array.from({ length: 50 }, (_, index) => index));
});

test('a source error reaches the consumer after the items before it', async () => {
  const seen: number[] = [];
  await assert.rejects(async () => { for await (const value of readAhead(numbers(10, 3), 2)) seen.push(value); }, /failed at 3/);
  assert.deepEqual(seen, [0, 1, 2]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readByline } from './bylines.js';

test('a byline gives its names', () => {
  assert.deepEqual(readByline('By Ann Lee and Bo Chen'), ['Ann Lee', 'Bo Chen']);
  assert.deepEqual(readByline('BY ANN LEE | Reuters'), ['ANN LEE']);
  assert.deepEqual(readByline('By Ann Lee, Bo Chen and Cy Doe'), ['Ann Lee', 'Bo Chen', 'Cy Doe']);
  assert.deepEqual(readByline('By Ann Lee, Staff Writer'), ['Ann Lee']);
  assert.deepEqual(readByline('By Bo Chen and Cy Doe, Associated Press'), ['Bo Chen', 'Cy Doe']);
});

test('sentences that start with "By" are not bylines', () => {
  assert.equal(readByline('By the end of the day, the talks had collapsed.'), null);
  assert.equal(readByline('By Wednesday night no agreement had been reached'), null);
});

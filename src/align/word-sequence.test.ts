import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexOfRun, longestCommonSubsequence, normalizedWords } from './word-sequence.js';

test('normalized words ignore case, punctuation and the kind of apostrophe', () => {
  assert.deepEqual(normalizedWords('Right now, we’re not'), normalizedWords("right now we're NOT"));
});

test('a contiguous run is found inside a longer sequence', () => {
  assert.equal(indexOfRun(['a', 'b', 'c', 'd'], ['b', 'c']), 1);
  assert.equal(indexOfRun(['a', 'b', 'c', 'd'], ['b', 'd']), -1);
});

test('the longest common subsequence skips a changed word', () => {
  const result = longestCommonSubsequence(normalizedWords('our two countries'), normalizedWords('our countries'));
  assert.equal(result.length, 2);
});

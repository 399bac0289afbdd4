import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cutWords, rougeL, rougeN, rougeTokens } from './rouge.js';

const tokens = (text: string): string[] => rougeTokens(text, { stemLongerThan: 0 });

test('ROUGE-1 and ROUGE-2 count clipped overlaps of stemmed lowercase tokens', () => {
  const summary = tokens('The cats sat on the mat');
  const reference = tokens('the cat sat on a mat');
  assert.equal(rougeN(summary, [reference], 1).recall, 5 / 6);
  assert.equal(rougeN(summary, [reference], 2).recall, 3 / 5);
});

test('ROUGE-L is the longest common subsequence over both lengths', () => {
  const score = rougeL(tokens('a b c d'), tokens('a c d e'));
  assert.equal(score.recall, 3 / 4);
  assert.equal(score.precision, 3 / 4);
});

test('cutting keeps the first words at whitespace boundaries', () => {
  assert.equal(cutWords('one two  three\nfour', 3), 'one two three');
});

test('irregular forms meet their base form before stemming', () => {
  assert.deepEqual(rougeTokens('said say', { stemLongerThan: 3 }), ['say', 'say']);
});

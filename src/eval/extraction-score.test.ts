import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateScore, matchPage, scoreTokens, shingleCounts } from './extraction-score.js';

test('tokens are runs of Unicode letters, digits and underscores, case kept', () => {
  assert.deepEqual(scoreTokens('Déjà-vu, it’s 2019_a! Москва'), ['Déjà', 'vu', 'it', 's', '2019_a', 'Москва']);
});

test('a text of fewer than four tokens makes one shorter shingle, an empty text none', () => {
  assert.equal(shingleCounts('one two').size, 1);
  assert.equal(shingleCounts('  ,. ').size, 0);
  assert.equal(shingleCounts('a b c d e').size, 2);
});

test('repeated shingles count as a multiset', () => {
  assert.deepEqual([...shingleCounts('a b c d a b c d').values()], [2, 1, 1, 1]);
});

test('a page match is tp, fp and fn divided by their sum', () => {
  // gold shingles: abcd, bcde, cdef; predicted: abcd, bcde, cdex, dexy → tp 2, fp 2, fn 1.
  const match = matchPage('a b c d e f', 'a b c d e x y');
  assert.deepEqual(match, { tp: 2 / 5, fp: 2 / 5, fn: 1 / 5 });
});

test('the score is the F1 of mean precision and mean recall, an empty prediction counting as recall 0', () => {
  const perfect = matchPage('a b c d e', 'a b c d e');
  const empty = matchPage('a b c d e', '');
  const score = aggregateScore([perfect, empty]);
  assert.equal(score.precision, 1);
  assert.equal(score.recall, 0.5);
  assert.equal(score.f1, 2 / 3);
});

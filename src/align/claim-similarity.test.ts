import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NumberMention } from '../model/index.js';
import { claimSimilarity } from './claim-similarity.js';
import type { ClaimUnit } from './claim-units.js';
import { buildIdf } from './idf.js';

const unit = (keys: string[], extra: Partial<ClaimUnit> = {}): ClaimUnit => ({
  articleId: 'a', articleIndex: 0, position: 0, start: 0, end: 1, keys, plainKeys: keys, numbers: [], entityKeys: [], dates: [], dateMentions: [], quotedShare: 0, ...extra,
});
const people = (value: number, bound: NumberMention['bound']): NumberMention => ({ start: 0, end: 1, value, bound, unit: 'count', noun: 'people' });
const idf = buildIdf([['kill', 'attack'], ['kill', 'gas'], ['vote']]);

test('claims sharing a figure that says what it counts agree on numbers and score higher', () => {
  const plain = claimSimilarity(unit(['kill', 'attack']), unit(['kill', 'gas']), idf);
  const anchored = claimSimilarity(unit(['kill', 'attack'], { numbers: [people(80, 'more-than')] }), unit(['kill', 'gas'], { numbers: [people(80, 'at-least')] }), idf);
  assert.ok(anchored.numbersAgree);
  assert.ok(anchored.score > plain.score);
});

test('a week and a day inside it do not conflict; two different days do', () => {
  const week = claimSimilarity(unit(['kill'], { dates: ['2010-12-06/2010-12-12'] }), unit(['kill'], { dates: ['2010-12-08'] }), idf);
  assert.equal(week.dateConflict, null);
  assert.ok(week.datesAgree);
  const days = claimSimilarity(unit(['kill'], { dates: ['2010-12-07'] }), unit(['kill'], { dates: ['2010-12-08'] }), idf);
  assert.deepEqual(days.dateConflict, ['2010-12-07', '2010-12-08']);
});

test('different counts of the same noun are a number conflict', () => {
  const result = claimSimilarity(unit(['kill'], { numbers: [people(59, 'exact')] }), unit(['kill'], { numbers: [people(80, 'exact')] }), idf);
  assert.equal(result.numberConflicts.length, 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NumberMention } from '../model/index.js';
import { compatibleValues, sameQuantity } from './number-intervals.js';

const mention = (value: number, bound: NumberMention['bound'], unit = 'count', noun?: string): NumberMention =>
  ({ start: 0, end: 1, value, bound, unit, ...(noun ? { noun } : {}) });

test('almost two hours and nearly two hours agree', () => {
  assert.ok(compatibleValues(mention(2, 'almost', 'hour'), mention(2, 'almost', 'hour')));
});

test('more than 80 and at least 80 agree, and so does a plain 80', () => {
  assert.ok(compatibleValues(mention(80, 'more-than'), mention(80, 'at-least')));
  assert.ok(compatibleValues(mention(80, 'more-than'), mention(80, 'exact')));
});

test('59 and 80 conflict, and more than 80 excludes 50', () => {
  assert.ok(!compatibleValues(mention(59, 'exact'), mention(80, 'exact')));
  assert.ok(!compatibleValues(mention(80, 'more-than'), mention(50, 'exact')));
});

test('counts of different nouns are different quantities', () => {
  assert.ok(!sameQuantity(mention(80, 'exact', 'count', 'people'), mention(80, 'exact', 'count', 'missile')));
  assert.ok(sameQuantity(mention(80, 'exact', 'count', 'people'), mention(80, 'exact', 'count')));
});

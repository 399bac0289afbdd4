import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateMention } from '../model/index.js';
import { findDateConflict } from './date-conflicts.js';

const date = (value: string, granularity: DateMention['granularity'], relative = false): DateMention => ({ start: 0, end: 1, value, granularity, relative });
const trusted = { trustRelative: true };

test('two different days, months or years conflict', () => {
  assert.ok(findDateConflict([date('2015-03-03', 'day')], [date('2015-03-09', 'day')], trusted));
  assert.ok(findDateConflict([date('2009', 'year')], [date('2010', 'year')], trusted));
  assert.ok(findDateConflict([date('2017-03', 'month')], [date('2017-04', 'month')], trusted));
});

test('a day inside a week or a month, or dates of different precision, do not conflict', () => {
  assert.equal(findDateConflict([date('2010-12-06/2010-12-12', 'week')], [date('2010-12-08', 'day')], trusted), null);
  assert.equal(findDateConflict([date('2017-04', 'month')], [date('2017-04-12', 'day')], trusted), null);
  assert.equal(findDateConflict([date('1996', 'year')], [date('2013-08-29', 'day')], trusted), null);
});

test('relative days a day apart do not conflict (publication dates cross time zones), nor any relative date without both publication dates', () => {
  assert.equal(findDateConflict([date('2017-04-12', 'day', true)], [date('2017-04-11', 'day', true)], trusted), null);
  assert.ok(findDateConflict([date('2017-04-12', 'day', true)], [date('2017-04-09', 'day', true)], trusted));
  assert.equal(findDateConflict([date('2017-04-12', 'day', true)], [date('2017-04-09', 'day', true)], { trustRelative: false }), null);
});

test('a sentence with two dates tells two events and is not compared', () => {
  assert.equal(findDateConflict([date('2008', 'year'), date('1995', 'year')], [date('1998', 'year'), date('1995', 'year')], trusted), null);
});

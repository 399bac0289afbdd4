import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDate } from './normalize-date.js';

test('an ISO date stays as precise as written', () => {
  assert.equal(normalizeDate('2017-04-13'), '2017-04-13');
  assert.equal(normalizeDate('2017-04'), '2017-04');
  assert.equal(normalizeDate('2017-04-13 10:05'), '2017-04-13T10:05');
});

test('an offset is kept, never shifted to UTC', () => {
  assert.equal(normalizeDate('2017-04-13T10:05:00+0300'), '2017-04-13T10:05:00+03:00');
  assert.equal(normalizeDate('2017-04-13T10:05:00z'), '2017-04-13T10:05:00Z');
});

test('an RFC 2822 date of a feed or an HTTP header keeps its zone', () => {
  assert.equal(normalizeDate('Thu, 13 Apr 2017 10:05:00 +0300'), '2017-04-13T10:05:00+03:00');
  assert.equal(normalizeDate('Thu, 13 Apr 2017 10:05:00 GMT'), '2017-04-13T10:05:00Z');
});

test('a written date becomes a day', () => {
  assert.equal(normalizeDate('April 13, 2017'), '2017-04-13');
  assert.equal(normalizeDate('13 April 2017'), '2017-04-13');
});

test('what is not a date gives null', () => {
  assert.equal(normalizeDate('yesterday-ish'), null);
  assert.equal(normalizeDate('2017-13-45'), null);
  assert.equal(normalizeDate('Wednesday'), null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMachineDate } from './parse-date-string.js';
import { findTextDate } from './find-text-date.js';
import { findUrlDate } from './url-date.js';
import { isDayFirst } from './day-first.js';

test('machine dates keep the offset the page gives, normalized to ±HH:MM', () => {
  assert.equal(parseMachineDate('2017-04-13T09:30:00-04:00'), '2017-04-13T09:30:00-04:00');
  assert.equal(parseMachineDate('2017-04-13T09:30:00.123+0300'), '2017-04-13T09:30:00+03:00');
  assert.equal(parseMachineDate('2017-04-13T23:30:00Z'), '2017-04-13T23:30:00Z');
  assert.equal(parseMachineDate('2020-12-05T23:15:0Z'), '2020-12-05T23:15:00Z');
});

test('a time without an offset is kept to the day', () => {
  assert.equal(parseMachineDate('2017-04-13 09:30:00'), '2017-04-13');
  assert.equal(parseMachineDate('2017/04/13'), '2017-04-13');
});

test('RFC 822 dates and Unix times are read', () => {
  assert.equal(parseMachineDate('Thu, 13 Apr 2017 09:30:00 -0400'), '2017-04-13T09:30:00-04:00');
  assert.equal(parseMachineDate('Thu, 13 Apr 2017 13:30:00 GMT'), '2017-04-13T13:30:00+00:00');
  assert.equal(parseMachineDate('1492090200'), '2017-04-13T13:30:00Z');
  assert.equal(parseMachineDate('Thu Apr 13 2017 09:30:00 GMT-0400 (Eastern Daylight Time)'), '2017-04-13T09:30:00-04:00');
});

test('impossible dates are refused', () => {
  assert.equal(parseMachineDate('2017-02-30'), null);
  assert.equal(parseMachineDate('1850-01-01'), null);
  assert.equal(parseMachineDate('not a date'), null);
});

test('text dates are read with month names in many languages', () => {
  const cases: Array<[string, string]> = [
    ['Published April 13, 2017 at 7:04 p.m.', '2017-04-13'],
    ['13th of April 2017', '2017-04-13'],
    ['13 de abril de 2017', '2017-04-13'],
    ['13 avril 2017', '2017-04-13'],
    ['13. April 2017', '2017-04-13'],
    ['13 апреля 2017 г.', '2017-04-13'],
    ['13 квітня 2017', '2017-04-13'],
    ['13 Nisan 2017', '2017-04-13'],
    ['2017. április 13.', '2017-04-13'],
    ['2017年4月13日', '2017-04-13'],
    ['2017년 4월 13일', '2017-04-13'],
    ['24 نيسان / أبريل 2020', '2020-04-24'],
    ['Mar 13, 2017', '2017-03-13'],
    ['13 मई 2017', '2017-05-13'],
    ['১৩ মে ২০১৭', '2017-05-13'],
    ['13 เมษายน 2560', '2017-04-13'],
    ['٢٤ أبريل ٢٠٢٠', '2020-04-24'],
    ['２０１７年４月１３日', '2017-04-13'],
  ];
  for (const [text, expected] of cases) assert.equal(findTextDate(text), expected, text);
});

test('numeric text dates follow the page convention unless a number above 12 decides', () => {
  assert.equal(findTextDate('04/05/2017', { dayFirst: true }), '2017-05-04');
  assert.equal(findTextDate('04/05/2017', { dayFirst: false }), '2017-04-05');
  assert.equal(findTextDate('13.04.2017', { dayFirst: false }), '2017-04-13');
  assert.equal(findTextDate('13/04/2560'), '2017-04-13');
});

test('the earliest date in a text wins', () => {
  assert.equal(findTextDate('Posted 13 April 2017, updated April 14, 2017'), '2017-04-13');
});

test('URL paths give dates in slashes, dashes or eight digits, never from ids or queries', () => {
  assert.equal(findUrlDate('https://x.example/2017/04/13/talks'), '2017-04-13');
  assert.equal(findUrlDate('https://x.example/news/20170413/talks'), '2017-04-13');
  assert.equal(findUrlDate('https://x.example/a/2017-4-13-talks'), '2017-04-13');
  assert.equal(findUrlDate('https://x.example/story?date=2017/04/13'), null);
  assert.equal(findUrlDate('https://x.example/news/120170413999'), null);
});

test('plain English pages on a British or Indian domain read numeric dates day first', () => {
  assert.equal(isDayFirst('en', ['https://www.example.co.uk/news']), true);
  assert.equal(isDayFirst('en', ['https://www.example.com/news']), false);
  assert.equal(isDayFirst('en-GB', [null]), true);
  assert.equal(isDayFirst('de', [null]), true);
});

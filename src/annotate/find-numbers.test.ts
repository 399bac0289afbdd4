import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.js';
import { findNumbers } from './find-numbers.js';
import { resolveDates } from './resolve-dates.js';

function numbersOf(text: string) {
  const base: Article = {
    id: 't', source: 't', url: null, outlet: null, title: null, authors: [], publishedAt: '2017-04-13',
    language: 'en', dateline: null, captions: [], credits: [], text, messages: [], sentences: [],
  };
  const dated = resolveDates().run(base, {});
  const article = findNumbers().run(dated, {});
  return (article.numbers ?? []).map((number) => ({
    text: text.slice(number.start, number.end), value: number.value, unit: number.unit,
    bound: number.bound, ...(number.noun ? { noun: number.noun } : {}),
  }));
}

test('a qualified count keeps its bound and the noun it counts', () => {
  assert.deepEqual(numbersOf('More than 80 people were killed.'), [
    { text: 'More than 80', value: 80, unit: 'count', bound: 'more-than', noun: 'people' },
  ]);
  assert.deepEqual(numbersOf('at least 80 people died'), [
    { text: 'at least 80', value: 80, unit: 'count', bound: 'at-least', noun: 'people' },
  ]);
});

test('spelled-out durations with almost and nearly are bounded from below', () => {
  assert.deepEqual(numbersOf('after an almost two-hour meeting'), [
    { text: 'almost two-hour', value: 2, unit: 'hour', bound: 'almost', noun: 'meeting' },
  ]);
  assert.deepEqual(numbersOf('met for nearly two hours Wednesday'), [
    { text: 'nearly two hours', value: 2, unit: 'hour', bound: 'almost' },
  ]);
});

test('ordinals after a determiner are ordinals', () => {
  assert.deepEqual(numbersOf('It was the eighth time Russia used its veto.'), [
    { text: 'eighth', value: 8, unit: 'ordinal', bound: 'exact', noun: 'time' },
  ]);
});

test('money with a scale word is one amount', () => {
  assert.deepEqual(numbersOf('a $1.5 billion deal'), [
    { text: '$1.5 billion', value: 1.5e9, unit: 'USD', bound: 'exact', noun: 'deal' },
  ]);
});

test('percentages and ranges are read', () => {
  assert.deepEqual(numbersOf('up 3.5 percent'), [
    { text: '3.5 percent', value: 3.5, unit: 'percent', bound: 'exact' },
  ]);
  assert.deepEqual(numbersOf('between 10 to 20 minutes'), [
    { text: '10 to 20 minutes', value: { low: 10, high: 20 }, unit: 'minute', bound: 'exact' },
  ]);
});

test('compound spelled numbers add up', () => {
  assert.deepEqual(numbersOf('two hundred and fifty soldiers'), [
    { text: 'two hundred and fifty', value: 250, unit: 'count', bound: 'exact', noun: 'soldier' },
  ]);
});

test('vague plurals become ranges', () => {
  assert.deepEqual(numbersOf('sickened hundreds, and'), [
    { text: 'hundreds', value: { low: 200, high: 999 }, unit: 'count', bound: 'about' },
  ]);
});

test('one as a pronoun, codes and dates are not counted', () => {
  assert.deepEqual(numbersOf('No one knows; one of them flew an F-16 on April 4 in 2014.'), []);
});

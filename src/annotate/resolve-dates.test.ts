import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.js';
import { resolveDates } from './resolve-dates.js';

function articleOf(text: string, publishedAt: string | null = '2017-04-13'): Article {
  return {
    id: 't', source: 't', url: null, outlet: null, title: null, authors: [], publishedAt,
    language: 'en', dateline: null, captions: [], credits: [], text, messages: [],
  };
}

function datesOf(text: string, publishedAt?: string | null) {
  const article = resolveDates().run(articleOf(text, publishedAt), {});
  return (article.dates ?? []).map((date) => ({
    text: text.slice(date.start, date.end), value: date.value, granularity: date.granularity,
  }));
}

test('a weekday in a past-tense sentence is the one before publication', () => {
  assert.deepEqual(datesOf('President Donald Trump declared Wednesday that relations were low.'), [
    { text: 'Wednesday', value: '2017-04-12', granularity: 'day' },
  ]);
});

test('a weekday in a future-tense sentence is the next one', () => {
  assert.deepEqual(datesOf('The envoys will meet again Monday.'), [
    { text: 'Monday', value: '2017-04-17', granularity: 'day' },
  ]);
});

test('last week is the Monday-to-Sunday range before the publication week', () => {
  assert.deepEqual(datesOf('He ordered strikes last week.'), [
    { text: 'last week', value: '2017-04-03/2017-04-09', granularity: 'week' },
  ]);
});

test('a month and day without a year take the publication year', () => {
  assert.deepEqual(datesOf('The April 4 chemical weapons attack killed dozens.'), [
    { text: 'April 4', value: '2017-04-04', granularity: 'day' },
  ]);
});

test('a bare year after a preposition is a year', () => {
  assert.deepEqual(datesOf('Russia annexed Crimea in 2014.'), [
    { text: '2014', value: '2014', granularity: 'year' },
  ]);
});

test('a decade is an interval of years', () => {
  assert.deepEqual(datesOf('Relations were better in the 1990s.'), [
    { text: '1990s', value: '1990/1999', granularity: 'decade' },
  ]);
});

test('a time of day resolves on the publication day', () => {
  assert.deepEqual(datesOf('The meeting ended just before 8 p.m.'), [
    { text: '8 p.m.', value: '2017-04-13T20:00', granularity: 'time' },
  ]);
});

test('relative dates without a publication date are kept with a message', () => {
  const article = resolveDates().run(articleOf('They met Wednesday in Moscow.', null), {});
  assert.equal(article.dates?.[0]?.value, null);
  assert.equal(article.messages[0]?.code, 'unresolved-date');
});

test('a reference date from the context stands in for a missing publication date', () => {
  const article = resolveDates().run(articleOf('They met Wednesday in Moscow.', null), { referenceDate: '2017-04-13' });
  assert.equal(article.dates?.[0]?.value, '2017-04-12');
});

test('an empty text has no dates and no messages', () => {
  const article = resolveDates().run(articleOf(''), {});
  assert.deepEqual(article.dates, []);
  assert.deepEqual(article.messages, []);
});

test('the clause around a weekday decides its tense, not a future verb elsewhere in the sentence', () => {
  const text = 'He called Assad an “animal” on Wednesday — while Moscow will not abandon him.';
  assert.deepEqual(datesOf(text), [{ text: 'Wednesday', value: '2017-04-12', granularity: 'day' }]);
});

test('the verb nearest to a weekday decides its tense', () => {
  const text = 'Trump, in an interview that aired Wednesday morning, suggested Russia will face mounting calls.';
  assert.deepEqual(datesOf(text), [{ text: 'Wednesday morning', value: '2017-04-12', granularity: 'day' }]);
});

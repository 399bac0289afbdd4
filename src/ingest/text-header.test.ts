import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTextHeader, splitAuthors } from './text-header.js';

test('a header block of known keys becomes hints and leaves the body', () => {
  const header = readTextHeader('Title: Talks stall\nURL: https://example.com/a\nAuthor: Ann Lee and Bo Chen\nDate: April 13, 2017\n\nMOSCOW — Body.');
  assert.deepEqual(header.hints, { title: 'Talks stall', url: 'https://example.com/a', authors: ['Ann Lee', 'Bo Chen'], publishedAt: '2017-04-13' });
  assert.equal(header.body, 'MOSCOW — Body.');
});

test('a headline with a colon is not a header', () => {
  const text = "Graham: Trump's pick is wrong\n\nBody.";
  assert.deepEqual(readTextHeader(text), { hints: {}, body: text, messages: [] });
});

test('known keys without a closing blank line are not a header', () => {
  const text = 'Source: the ministry said so';
  assert.equal(readTextHeader(text).body, text);
});

test('the compact date prefix of scraped corpora gives the date and is removed', () => {
  const header = readTextHeader(' date 2017-04-13 WASHINGTON — Laying bare');
  assert.deepEqual(header.hints, { publishedAt: '2017-04-13' });
  assert.equal(header.body, 'WASHINGTON — Laying bare');
});

test('a word "date" that opens a sentence is not a prefix', () => {
  const text = 'Date night is back, the survey says.';
  assert.equal(readTextHeader(text).body, text);
});

test('a header date that is not a date is dropped with a warning', () => {
  const header = readTextHeader('date: soon\n\nBody.');
  assert.deepEqual(header.hints, {});
  assert.equal(header.messages[0]?.code, 'unreadable-date');
});

test('a source that is a URL is the url, otherwise the outlet', () => {
  assert.deepEqual(readTextHeader('source: https://x.test/a\n\nB').hints, { url: 'https://x.test/a' });
  assert.deepEqual(readTextHeader('source: The Boston Globe\n\nB').hints, { outlet: 'The Boston Globe' });
});

test('authors split on "and", commas and semicolons, without "By"', () => {
  assert.deepEqual(splitAuthors('By Ann Lee, Bo Chen; Cy Doe & Di Eve'), ['Ann Lee', 'Bo Chen', 'Cy Doe', 'Di Eve']);
});

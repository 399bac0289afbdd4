import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBylineLine, isDateLine, isFurnitureLine } from './boilerplate-lines.js';

test('ad labels, calls to subscribe and read-more links are furniture', () => {
  for (const line of ['ADVERTISEMENT', 'Advertisement', 'Read more: Ferry fares to rise', 'Sign up for our newsletter today', '© 2019 Example News']) {
    assert.equal(isFurnitureLine(line), true, line);
  }
});

test('story sentences that share words with furniture are kept', () => {
  const lines = [
    'Sign up for a rail card costs $30 a year, the operator said.',
    'The advertisement ran for two weeks before regulators objected to its claims about the ferries.',
  ];
  for (const line of lines) assert.equal(isFurnitureLine(line), false, line);
});

test('date stamps are recognized in several shapes and languages', () => {
  for (const line of ['Updated 1:39 am EST, Wednesday, November 20, 2019', 'Nov. 20, 2019, 9:28 AM UTC', 'Published 1 day ago', 'sexta-feira, 22 de outubro de 2010 às 20:13']) {
    assert.equal(isDateLine(line), true, line);
  }
});

test('tweet signatures, prices, clock-only headings and dated sentences are not date stamps', () => {
  const lines = ['— Jane Doe (@janedoe) November 18, 2019', 'Get it on Amazon for $39.99', '4:14 p.m.', 'The vote was held on Nov. 5, 2019.', 'Some of 2019’s best tech gadgets'];
  for (const line of lines) assert.equal(isDateLine(line), false, line);
});

test('a short "By" line is a byline, a sentence starting with "By" is not', () => {
  assert.equal(isBylineLine('By Jane Doe and John Roe'), true);
  assert.equal(isBylineLine('By Tuesday the ferries were full.'), false);
});

test('agency contributor and contact notes under a story are furniture', () => {
  const notes = [
    '(Reporting by Jane Doe; Editing by John Roe)',
    'Associated Press writers Jane Doe and John Roe contributed to this report.',
    'Write to Jane Doe at jane.doe@example.com',
    'Follow her on Twitter @janedoe or on Facebook.',
  ];
  for (const note of notes) assert.equal(isFurnitureLine(note), true, note);
  assert.equal(isFurnitureLine('The report, to which dozens of scientists contributed, was published on Monday.'), false);
});

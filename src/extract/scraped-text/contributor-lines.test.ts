import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isContributorLine } from './contributor-lines.js';

test('contributor notes are recognized', () => {
  for (const line of [
    'Reuters and Bloomberg News contributed.',
    'Jane Roe contributed reporting from Kyiv, Ukraine.',
    'Associated Press writer John Doe in Berlin contributed to this report.',
    '(Reporting by Jane Roe; Editing by John Doe)',
    'Reporting by Jane Roe in Paris; Writing by John Doe; Editing by Ann Lee',
    '— Staff writer Ann Lee contributed research.',
  ]) assert.equal(isContributorLine(line), true, line);
});

test('sentences about contributions stay in the text', () => {
  for (const line of [
    '“Everyone contributed,” the coach said.',
    'The company contributed $5 million to the campaign, records show.',
    'Reporters without Borders said the law would harm the press.',
  ]) assert.equal(isContributorLine(line), false, line);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanAuthorNames } from './clean-author-names.js';
import { stripSiteName } from './find-title.js';

test('bylines are split on "and", "&" and commas, without "By" and roles', () => {
  assert.deepEqual(cleanAuthorNames(['By Jane Doe and John Roe']), ['Jane Doe', 'John Roe']);
  assert.deepEqual(cleanAuthorNames(['Jane Doe, Staff Writer']), ['Jane Doe']);
  assert.deepEqual(cleanAuthorNames(['Por María López y Juan Pérez']), ['María López', 'Juan Pérez']);
});

test('e-mail addresses, URLs, handles and dates are dropped from bylines', () => {
  assert.deepEqual(cleanAuthorNames(['Jane Doe jane@example.com']), ['Jane Doe']);
  assert.deepEqual(cleanAuthorNames(['https://example.com/staff/jane']), []);
  assert.deepEqual(cleanAuthorNames(['By Nathan Willis\n March 25, 2015']), ['Nathan Willis']);
  assert.deepEqual(cleanAuthorNames(['CC7567']), []);
});

test('co-authors in parentheses are authors, editors are not', () => {
  assert.deepEqual(cleanAuthorNames(['Martin Untersinger (avec Damien Leloup et Morgane Tual)']), [
    'Martin Untersinger', 'Damien Leloup', 'Morgane Tual',
  ]);
  assert.deepEqual(cleanAuthorNames(['Written by Rob Ewaschuk\nEdited by Betsy Beyer']), ['Rob Ewaschuk']);
});

test('names keep surname particles and are listed once', () => {
  assert.deepEqual(cleanAuthorNames(['De Jong', 'de jong']), ['De Jong']);
  assert.deepEqual(cleanAuthorNames(['Di Maio']), ['Di Maio']);
});

test('a known site name is stripped from either end of a title', () => {
  assert.equal(stripSiteName('Talks stall | Daily Planet', ['Daily Planet']), 'Talks stall');
  assert.equal(stripSiteName('Daily Planet - Talks stall', ['Daily Planet']), 'Talks stall');
  assert.equal(stripSiteName('Talks stall — Daily Planet', ['Daily Planet']), 'Talks stall');
  assert.equal(stripSiteName('Planet-wide talks stall', ['Planet']), 'Planet-wide talks stall');
});

test('initials survive the split on short conjunctions, credentials and outlet affiliations go', () => {
  assert.deepEqual(cleanAuthorNames(['Sarah E. Needleman and Bruce Y. Lee']), ['Sarah E. Needleman', 'Bruce Y. Lee']);
  assert.deepEqual(cleanAuthorNames(['Ilana Muhlstein, MS, RDN']), ['Ilana Muhlstein']);
  assert.deepEqual(cleanAuthorNames(['Jill Disis, CNN Business'], { outlet: 'CNN' }), ['Jill Disis']);
  assert.deepEqual(cleanAuthorNames(['Haki Benita'], { outlet: 'Haki Benita' }), ['Haki Benita']);
  assert.deepEqual(cleanAuthorNames(['AFP']), ['AFP']);
});

test('labels and form fields are not names', () => {
  assert.deepEqual(cleanAuthorNames(['Текст: Венера Ерофеева']), ['Венера Ерофеева']);
  assert.deepEqual(cleanAuthorNames(['Analysis by Chris Cillizza']), ['Chris Cillizza']);
  assert.deepEqual(cleanAuthorNames(['Name *']), []);
});

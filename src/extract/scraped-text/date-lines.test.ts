import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDateLine } from './date-lines.js';

test('timestamp lines give their date, as precise as printed', () => {
  assert.deepEqual(readDateLine('2019-11-19T08:57:40+01:00'), { date: '2019-11-19T08:57:40+01:00', isUpdate: false });
  assert.deepEqual(readDateLine('Published April 13, 2017'), { date: '2017-04-13', isUpdate: false });
  assert.deepEqual(readDateLine('19.11.2019, 08:57'), { date: '2019-11-19T08:57', isUpdate: false });
  assert.equal(readDateLine('November 19, 2019 at 9:45 am')?.date, '2019-11-19T09:45:00');
  assert.deepEqual(readDateLine('Updated: April 14, 2017'), { date: '2017-04-14', isUpdate: true });
});

test('sentences that contain a date are not date lines', () => {
  assert.equal(readDateLine('The treaty was signed on April 13, 2017 in Moscow.'), null);
  assert.equal(readDateLine('Born April 13, 1950, she grew up in Ohio'), null);
  assert.equal(readDateLine('Wednesday'), null);
});

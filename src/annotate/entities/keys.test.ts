import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityKey } from './keys.js';

test('keys fold accents and case and drop honorifics, possessives and periods', () => {
  assert.equal(entityKey('Mr. Lavrov’s'), 'lavrov');
  assert.equal(entityKey('François Hollande'), 'francois hollande');
  assert.equal(entityKey('U.S.'), 'us');
});

test('keys drop middle initials but keep leading ones', () => {
  assert.equal(entityKey('Dmitry S. Peskov'), 'dmitry peskov');
  assert.equal(entityKey('R.C. Hammond'), 'rc hammond');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../model/index.js';
import { nearlySameWord, sameNamed } from './same-named.js';

const entity = (name: string, kind: Entity['kind'] = 'person'): Entity => ({ start: 0, end: name.length, kind, name, key: name.toLowerCase().replace(/\./g, '') });

test('a shared name word, initials or another name of one listed country mean the same referent', () => {
  assert.ok(sameNamed(entity('Hillary Rodham Clinton'), entity('Hillary Clinton')));
  assert.ok(sameNamed(entity('RNC', 'organization'), entity('Republican National Committee', 'organization')));
  assert.ok(sameNamed(entity('U.S.', 'place'), entity('America', 'place')));
  assert.ok(sameNamed(entity('Ft. Myers', 'place'), entity('Fort Myers', 'place')));
});

test('different people, and a city and its country, are told apart', () => {
  assert.equal(sameNamed(entity('John Thune'), entity('Chuck Schumer')), false);
  assert.equal(sameNamed(entity('Egypt', 'place'), entity('Jordan', 'place')), false);
});

test('a one-letter slip or two swapped letters in a long name word is the same word; short words must match exactly', () => {
  assert.ok(nearlySameWord('welzler', 'wetzler'));
  assert.ok(nearlySameWord('preibus', 'priebus'));
  assert.equal(nearlySameWord('preibus', 'pribeus'), false);
  assert.equal(nearlySameWord('smith', 'smyth'), true);
  assert.equal(nearlySameWord('bush', 'rush'), false);
});

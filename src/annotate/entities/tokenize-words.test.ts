import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenizeWords } from './tokenize-words.js';

function words(text: string): string[] {
  return tokenizeWords(text, 0, text.length).map((token) => token.text);
}

test('punctuation and possessives split off as CoNLL writes them', () => {
  assert.deepEqual(words('“Fine,” Mr. Trump said of Russia’s ties.'),
    ['"', 'Fine', ',', '"', 'Mr.', 'Trump', 'said', 'of', 'Russia', "'s", 'ties', '.']);
});

test('initials, dotted abbreviations and ellipses keep their periods', () => {
  assert.deepEqual(words('R.C. Hammond of the U.S. met at 3 p.m. ...'),
    ['R.C.', 'Hammond', 'of', 'the', 'U.S.', 'met', 'at', '3', 'p.m.', '...']);
});

test('token offsets point into the text', () => {
  const text = '  (Lavrov) said';
  const tokens = tokenizeWords(text, 0, text.length);
  assert.deepEqual(tokens.map((token) => text.slice(token.start, token.end)), ['(', 'Lavrov', ')', 'said']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeLine, normalizeText } from './normalize.js';

test('normalizing text keeps typographic quotes and dashes', () => {
  const text = '“Right now we’re not,” he said — flatly.';
  assert.equal(normalizeText(text), text);
});

test('normalizing text folds line ends, wide spaces and blank-line runs', () => {
  assert.equal(normalizeText('a\u00A0b\r\n\r\n\r\n\r\nc \u200B\nd'), 'a b\n\nc\nd');
});

test('normalizing a line collapses every whitespace run', () => {
  assert.equal(normalizeLine('  Gap only\n grows\t'), 'Gap only grows');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fallbackSentences } from './fallback-sentences.js';

test('fallback sentences split at final punctuation but not after Mr. or U.S.', () => {
  const text = 'Mr. Trump spoke. U.S. officials agreed at 8 p.m. Later, “It ended,” he said.\nNext paragraph.';
  const found = fallbackSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(found, ['Mr. Trump spoke.', 'U.S. officials agreed at 8 p.m. Later, “It ended,” he said.', 'Next paragraph.']);
});

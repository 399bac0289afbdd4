import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareQuotes } from './quote-relation.js';
import { formatDiff } from './quote-diff.js';

test('a quotation with one word dropped is reworded, and the diff shows the word', () => {
  const result = compareQuotes(['There is a low level of trust between our two countries,'], ['There is a low level of trust between our countries,']);
  assert.equal(result.relation, 'reworded');
  assert.equal(formatDiff(result.diff ?? []), 'There is a low level of trust between our ~~two~~ countries');
});

test('a quotation with one word replaced shows the removed and the added word', () => {
  const result = compareQuotes(['The world’s two primary nuclear powers cannot have this.'], ['The world’s two foremost nuclear powers cannot have this,']);
  assert.equal(formatDiff(result.diff ?? []), "The world's two ~~primary~~ **foremost** nuclear powers cannot have this");
});

test('a quotation cut at the end is trimmed; the longer one extends it', () => {
  const long = 'Right now, we’re not getting along with Russia at all — we may be at an all-time low';
  const short = 'Right now we’re not getting along with Russia at all,';
  assert.equal(compareQuotes([long], [short]).relation, 'trimmed');
  assert.equal(compareQuotes([short], [long]).relation, 'extended');
});

test('two pieces joined into one quotation are spliced', () => {
  const result = compareQuotes(['not getting along with Russia at all', 'may be at an all-time low'], ['not getting along with Russia at all — we may be at an all-time low in terms of relationship']);
  assert.equal(result.relation, 'spliced');
});

test('equal words with other punctuation are the same quotation', () => {
  assert.equal(compareQuotes(['Right now, we’re here.'], ["right now we're here"]).relation, 'same');
});

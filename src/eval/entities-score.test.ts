import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spansOfIob1 } from './entities-conll.js';
import { EntityScorer, scoreOf } from './entities-score.js';

test('IOB1 tags continue a span with I- and split adjacent spans of one type with B-', () => {
  assert.deepEqual(spansOfIob1(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
});

test('an entity counts only when its span and its type both match, as conlleval does', () => {
  const scorer = new EntityScorer();
  scorer.add(
    [{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }],
    [{ start: 0, end: 1, type: 'PER' }, { start: 3, end: 4, type: 'ORG' }, { start: 5, end: 6, type: 'LOC' }],
  );
  assert.deepEqual(scoreOf(scorer.total()), { precision: 0, recall: 0, f1: 0 });
  scorer.add([{ start: 0, end: 1, type: 'MISC' }], [{ start: 0, end: 1, type: 'MISC' }]);
  const total = scoreOf(scorer.total());
  assert.equal(total.precision, 1 / 4);
  assert.equal(total.recall, 1 / 3);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestThreshold, crossValidateThreshold } from './cross-validate-threshold.js';

test('the best threshold separates cleanly separable scores', () => {
  const examples = [0.1, 0.2, 0.3, 0.7, 0.8, 0.9].map((score) => ({ score, positive: score > 0.5 }));
  const threshold = bestThreshold(examples);
  assert.ok(threshold > 0.3 && threshold < 0.7);
  assert.equal(crossValidateThreshold(examples, 3).accuracy, 1);
});

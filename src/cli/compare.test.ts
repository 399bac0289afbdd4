import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

test('compare with one article explains that two are needed and exits non-zero', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'parallax.js'), 'compare', join(ROOT, 'examples', 'us-russia-talks', '000_31e83bfda83a67f2.txt')], {
    encoding: 'utf8',
    env: { ...process.env, PARALLAX_FROM_SOURCE: '1' },
  });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /needs at least two/);
  assert.equal(result.stdout, '');
});

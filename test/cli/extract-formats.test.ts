import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedArticle } from '../../src/model/index.js';
import { runCli } from './run-cli.js';
import { validate, type Schema } from './json-schema-subset.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'docs', 'article.schema.json'), 'utf8')) as Schema;

test('a folder of good inputs gives schema-valid JSON Lines in name order and exit code 0', { timeout: 120_000 }, async () => {
  const result = await runCli(['extract', 'examples/us-russia-talks', '--format', 'jsonl']);
  assert.equal(result.code, 0);
  assert.equal(result.stderr, '');
  const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ExtractedArticle);
  assert.deepEqual(records.map((record) => record.source), [
    'examples/us-russia-talks/000_31e83bfda83a67f2.txt', 'examples/us-russia-talks/003_e0283830494e89d8.txt',
  ]);
  for (const record of records) assert.deepEqual(validate(record, SCHEMA), []);
  assert.deepEqual(records.map((record) => record.dateline), ['WASHINGTON', 'MOSCOW']);
});

test('standard input is read for "-" and shown as text', { timeout: 120_000 }, async () => {
  const result = await runCli(['extract', '-', '--format', 'text'], 'title: Rain stops play\n\nLONDON — It rained all afternoon at the ground.\n');
  assert.equal(result.code, 0);
  assert.match(result.stdout, /Rain stops play/);
  assert.match(result.stdout, /dateline\s+LONDON/);
  assert.match(result.stdout, /LONDON — It rained all afternoon/);
});

test('an invalid option value is a usage error, not a crash', { timeout: 120_000 }, async () => {
  const result = await runCli(['extract', 'examples', '--max-mb', 'lots']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--max-mb must be a positive number/);
  assert.doesNotMatch(result.stderr, /^\s+at /m);
});

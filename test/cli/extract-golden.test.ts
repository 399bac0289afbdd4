import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInputs } from '../../src/ingest/read-inputs.js';
import { extractArticle } from '../../src/extract/extract-article.js';
import { toExtractionRecord } from '../../src/extract/extraction-record.js';
import type { ExtractedArticle } from '../../src/model/index.js';
import { validate, type Schema } from './json-schema-subset.js';

/**
 * Golden cases: one folder each under test/fixtures/extract/ with `source.*` (the input) and
 * `expected.json` (the extraction record, `source` relative to the folder). Regenerate after a
 * deliberate change with `UPDATE_GOLDEN=1 node --import tsx --test test/cli/extract-golden.test.ts`
 * and read the diff before committing it.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extract');
const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'article.schema.json'), 'utf8')) as Schema;

async function extractCase(folder: string): Promise<ExtractedArticle[]> {
  const input = readdirSync(folder).find((name) => name.startsWith('source.'));
  assert.ok(input, `${folder} has no source.* file`);
  const records: ExtractedArticle[] = [];
  for await (const raw of readInputs([join(folder, input)])) {
    const record = toExtractionRecord(extractArticle(raw));
    records.push({ ...record, source: record.source.slice(folder.length + 1), messages: record.messages.map((message) => ({ ...message, source: input })) });
  }
  return records;
}

for (const name of readdirSync(FIXTURES).sort()) {
  test(`the extraction of ${name} matches its golden record and the schema`, async () => {
    const folder = join(FIXTURES, name);
    const records = await extractCase(folder);
    for (const record of records) assert.deepEqual(validate(record, SCHEMA), []);
    const expectedPath = join(folder, 'expected.json');
    if (process.env.UPDATE_GOLDEN) writeFileSync(expectedPath, `${JSON.stringify(records, null, 2)}\n`);
    assert.deepEqual(records, JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
}

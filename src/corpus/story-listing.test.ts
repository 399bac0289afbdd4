import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate, type Schema } from '../../test/cli/json-schema-subset.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestCorpus } from './ingest-corpus.js';
import { listStoryRecords } from './story-listing.js';
import { writeSyntheticCorpus } from './synthetic-corpus.case.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'stories.schema.json'), 'utf8')) as Schema;

test('the stories listing follows docs/stories.schema.json, copies included', async (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-stories-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  writeSyntheticCorpus(join(folder, 'in'), 5);
  const store = openSqliteStore(join(folder, 'db.sqlite'));
  await ingestCorpus({ store, inputs: [join(folder, 'in')], threads: 0 });
  const stories = JSON.parse(JSON.stringify(await listStoryRecords(store))) as unknown;
  await store.close();
  assert.deepEqual(validate(stories, schema), []);
  assert.ok((stories as Array<{ copies: number }>).some((story) => story.copies > 0));
});

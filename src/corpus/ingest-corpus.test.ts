import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestCorpus } from './ingest-corpus.js';
import { listStoryRecords } from './story-listing.js';
import { writeSyntheticCorpus } from './synthetic-corpus.case.js';

function tempFolder(t: { after(fn: () => void): void }): string {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  t.after(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

test('ingest stores originals and copies, drops exact duplicates and groups events into stories', async (t) => {
  const folder = tempFolder(t);
  const corpus = writeSyntheticCorpus(join(folder, 'in'), 10);
  const store = openSqliteStore(join(folder, 'db.sqlite'));
  const summary = await ingestCorpus({ store, inputs: [join(folder, 'in')], threads: 0, batchSize: 7 });
  assert.equal(summary.read, corpus.documents);
  assert.equal(summary.exactDuplicates, corpus.exactDuplicates);
  assert.equal(summary.wireCopies, corpus.wireCopies);
  assert.equal(summary.failed, corpus.failing);
  assert.equal(summary.stored, corpus.documents - corpus.exactDuplicates - corpus.failing);
  const stories = await listStoryRecords(store);
  // How events group is the clusterer's business (src/cluster); here: every stored article sits in
  // exactly one story, and copies are counted apart from independent sources.
  assert.equal(stories.length, summary.storiesCreated);
  const members = stories.flatMap((story) => story.articles.map((article) => article.id));
  assert.equal(new Set(members).size, summary.stored);
  assert.equal(members.length, summary.stored);
  assert.equal(stories.reduce((sum, story) => sum + story.copies, 0), corpus.wireCopies);
  assert.equal(stories.reduce((sum, story) => sum + story.independentSources, 0), summary.stored - corpus.wireCopies);
  await store.close();
});

test('ingesting the same inputs again stores nothing new', async (t) => {
  const folder = tempFolder(t);
  writeSyntheticCorpus(join(folder, 'in'), 4);
  const store = openSqliteStore(join(folder, 'db.sqlite'));
  const first = await ingestCorpus({ store, inputs: [join(folder, 'in')], threads: 0 });
  const before = JSON.stringify(await listStoryRecords(store));
  const second = await ingestCorpus({ store, inputs: [join(folder, 'in')], threads: 0 });
  assert.equal(second.alreadyIngested, first.read);
  assert.equal(second.stored + second.storiesCreated + second.storiesGrown, 0);
  assert.equal(JSON.stringify(await listStoryRecords(store)), before);
  await store.close();
});

test('a fresh ingest keeps input order across files read by the threads and files of many documents read here', async (t) => {
  const folder = tempFolder(t);
  const input = join(folder, 'in');
  mkdirSync(input);
  const text = (topic: string) => `${topic} ${'The council met on Tuesday and voted on the budget for the coming year. '.repeat(3)}Officials said the ${topic} plan would go ahead.`;
  writeFileSync(join(input, 'a.txt'), `title: Alpha\n\n${text('harbour')}\n`);
  writeFileSync(join(input, 'b.jsonl'), ['Beta', 'Gamma'].map((title) => JSON.stringify({ title, url: `https://example.org/${title}`, text: text(title.toLowerCase()) })).join('\n'));
  writeFileSync(join(input, 'c.html'), `<html><head><title>Delta</title></head><body><article><h1>Delta</h1><p>${text('railway')}</p></article></body></html>`);
  const store = openSqliteStore(join(folder, 'db.sqlite'));
  const summary = await ingestCorpus({ store, inputs: [input], threads: 0 });
  assert.equal(summary.read, 4);
  assert.deepEqual((await store.listArticles()).map((article) => article.title), ['Alpha', 'Beta', 'Gamma', 'Delta']);
  await store.close();
});

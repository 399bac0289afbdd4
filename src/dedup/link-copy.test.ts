import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { sampleArticle } from '../store/store.case.js';
import { linkCopy } from './link-copy.js';
import { loadShingleHasher } from './shingles.js';
import { syntheticParagraphs } from './synthetic-text.case.js';

const hasher = await loadShingleHasher();
const paragraphs = syntheticParagraphs(11, 12);
const agency = sampleArticle('agency', { title: 'Talks end without deal', publishedAt: '2017-04-12T10:00:00Z', text: paragraphs.join('\n\n') });
const newLede = syntheticParagraphs(12, 1)[0] as string;
const republished = sampleArticle('paper', {
  title: 'Diplomats fail to agree', publishedAt: '2017-04-12T15:00:00Z', text: [newLede, ...paragraphs.slice(0, 8)].join('\n\n'),
});

test('a later copy links to the original and records its new title, lede and cut paragraphs', async () => {
  const store = openSqliteStore(':memory:');
  await store.putArticle(agency);
  await store.putArticle(republished);
  assert.deepEqual(await linkCopy(store, hasher, republished, 'agency'), { originalId: 'agency', newIsOriginal: false });
  const link = await store.getDuplicate('paper');
  assert.equal(link?.kind, 'wire-copy');
  assert.equal(link?.changes.titleChanged, true);
  assert.equal(link?.changes.ledeChanged, true);
  assert.deepEqual(link?.changes.paragraphsAdded.map((span) => republished.text.slice(span.start, span.end)), [newLede]);
  assert.deepEqual(link?.changes.paragraphsRemoved.map((span) => agency.text.slice(span.start, span.end)), paragraphs.slice(8));
  await store.close();
});

test('an earlier original arriving after its copies takes their place as the original', async () => {
  const store = openSqliteStore(':memory:');
  const secondCopy = { ...republished, id: 'paper2', publishedAt: '2017-04-13' };
  for (const article of [republished, secondCopy, agency]) await store.putArticle(article);
  await linkCopy(store, hasher, secondCopy, 'paper');
  assert.equal((await store.getDuplicate('paper2'))?.originalId, 'paper');
  assert.deepEqual(await linkCopy(store, hasher, agency, 'paper2'), { originalId: 'agency', newIsOriginal: true });
  assert.equal((await store.getDuplicate('paper'))?.originalId, 'agency');
  assert.equal((await store.getDuplicate('paper2'))?.originalId, 'agency');
  assert.equal(await store.getDuplicate('agency'), null);
  await store.close();
});

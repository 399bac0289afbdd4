import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { sampleArticle } from '../store/store.case.js';
import type { Store } from '../store/store.js';
import { fingerprintArticle } from './fingerprint-article.js';
import { findDuplicate } from './find-duplicate.js';
import { loadShingleHasher } from './shingles.js';
import { editWords, syntheticParagraphs } from './synthetic-text.case.js';

const hasher = await loadShingleHasher();
const agencyText = syntheticParagraphs(1, 15).join('\n\n');

async function remember(store: Store, article: Article): Promise<void> {
  await store.putArticle(article);
  await store.putFingerprint(fingerprintArticle(article, hasher));
}

async function verdictFor(stored: Article[], article: Article) {
  const store = openSqliteStore(':memory:');
  for (const each of stored) await remember(store, each);
  const verdict = await findDuplicate(article, fingerprintArticle(article, hasher), store, hasher);
  await store.close();
  return verdict;
}

test('the same text with other case, punctuation and spacing is an exact duplicate', async () => {
  const copy = sampleArticle('b', { url: null, text: agencyText.toUpperCase().replace(/\./g, ' !  ') });
  assert.deepEqual(await verdictFor([sampleArticle('a', { text: agencyText })], copy), { kind: 'exact-duplicate', matchId: 'a' });
});

test('the same page under a tracking link with new text is the same URL', async () => {
  const update = sampleArticle('b', { url: 'https://www.example.com/a/?utm_source=x', text: syntheticParagraphs(2, 5).join('\n\n') });
  assert.deepEqual(await verdictFor([sampleArticle('a', { text: agencyText })], update), { kind: 'same-url', matchId: 'a' });
});

test('a text with two percent of its words edited is a near-duplicate', async () => {
  const verdict = await verdictFor([sampleArticle('a', { text: agencyText })], sampleArticle('b', { text: editWords(agencyText, 0.02, 7) }));
  assert.equal(verdict.kind, 'near-duplicate');
  assert.equal(verdict.kind === 'near-duplicate' && verdict.matchId, 'a');
});

test('the agency text under a new lede with its end cut is a wire copy, though its Jaccard is low', async () => {
  const paragraphs = agencyText.split('\n\n');
  const republished = [...syntheticParagraphs(3, 1), ...paragraphs.slice(0, 9)].join('\n\n');
  const verdict = await verdictFor([sampleArticle('a', { text: agencyText })], sampleArticle('b', { text: republished }));
  assert.equal(verdict.kind, 'wire-copy');
  if (verdict.kind !== 'wire-copy') return;
  assert.ok(verdict.jaccard < 0.7, `jaccard ${verdict.jaccard}`);
  assert.ok(verdict.containment > 0.85, `containment ${verdict.containment}`);
});

test('an independent report that shares one quoted sentence is an original', async () => {
  const shared = agencyText.split('\n\n')[4] as string;
  const independent = [...syntheticParagraphs(4, 6), shared, ...syntheticParagraphs(5, 6)].join('\n\n');
  assert.deepEqual(await verdictFor([sampleArticle('a', { text: agencyText })], sampleArticle('b', { text: independent })), { kind: 'original' });
});

test('an empty text is never anyone\'s duplicate', async () => {
  assert.deepEqual(await verdictFor([sampleArticle('a', { text: '' })], sampleArticle('b', { url: null, text: '' })), { kind: 'original' });
});

test('a short wire copy of a long agency text is found through its shared paragraphs, though its Jaccard is far below LSH range', async () => {
  const longAgency = syntheticParagraphs(21, 30).join('\n\n');
  const copy = [...syntheticParagraphs(22, 2), ...longAgency.split('\n\n').slice(0, 7)].join('\n\n');
  const verdict = await verdictFor([sampleArticle('a', { text: longAgency })], sampleArticle('b', { text: copy }));
  assert.equal(verdict.kind, 'wire-copy');
  if (verdict.kind !== 'wire-copy') return;
  assert.ok(verdict.jaccard < 0.3, `jaccard ${verdict.jaccard}`);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.js';
import type { ArticleFingerprint } from '../dedup/duplicate-link.js';
import type { Store } from './store.js';

/** Makes an empty store for one test, and removes it afterwards. */
export type StoreFactory = () => Promise<{ store: Store; dispose(): Promise<void> }>;

/** A minimal extracted article with overridable fields. */
export function sampleArticle(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id, source: `${id}.txt`, url: `https://example.com/${id}`, outlet: 'Example', title: `Title of ${id}`,
    authors: [], publishedAt: '2017-04-12', language: 'en', dateline: null, captions: [], credits: [],
    text: `The text of ${id}.`, messages: [], ...overrides,
  };
}

function fingerprint(articleId: string, overrides: Partial<ArticleFingerprint> = {}): ArticleFingerprint {
  return {
    articleId, canonicalUrl: `https://example.com/${articleId}`, contentHash: `hash-${articleId}`, shingleCount: 10,
    minhash: [1, 2, 4294967295], bandKeys: [2 ** 40 + 7, 11], publishedAt: null, ...overrides,
  };
}

/**
 * The Store contract: every implementation passes these same tests (run by
 * sqlite/sqlite-store.test.ts and postgres/postgres-store.test.ts).
 */
export function runStoreContract(name: string, makeStore: StoreFactory): void {
  const withStore = (title: string, body: (store: Store) => Promise<void>) => test(`${name}: ${title}`, async (context) => {
    let made;
    try {
      made = await makeStore();
    } catch (error) {
      if ((error as { skip?: string }).skip) { context.skip((error as { skip: string }).skip); return; }
      throw error;
    }
    try { await body(made.store); } finally { await made.store.close(); await made.dispose(); }
  });

  withStore('storing the same article twice stores nothing new', async (store) => {
    assert.deepEqual(await store.putArticle(sampleArticle('a')), { status: 'new', version: 1 });
    assert.deepEqual(await store.putArticle(sampleArticle('a')), { status: 'unchanged', version: 1 });
    assert.equal(await store.countArticles(), 1);
    assert.deepEqual(await store.getArticle('a'), sampleArticle('a'));
    assert.equal((await store.getArticleVersions('a')).length, 1);
  });

  withStore('a changed document under the same id keeps its earlier version', async (store) => {
    await store.putArticle(sampleArticle('a'));
    assert.deepEqual(await store.putArticle(sampleArticle('a', { text: 'Corrected text.' })), { status: 'updated', version: 2 });
    const versions = await store.getArticleVersions('a');
    assert.deepEqual(versions.map((version) => [version.version, version.article.text]), [[1, 'The text of a.'], [2, 'Corrected text.']]);
    assert.equal((await store.getArticle('a'))?.text, 'Corrected text.');
  });

  withStore('added annotations are kept without making a new version', async (store) => {
    await store.putArticle(sampleArticle('a'));
    const annotated = { ...sampleArticle('a'), sentences: [{ start: 0, end: 14, paragraph: 0 }] };
    assert.deepEqual(await store.putArticle(annotated), { status: 'unchanged', version: 1 });
    assert.deepEqual((await store.getArticle('a'))?.sentences, annotated.sentences);
  });

  withStore('articles are listed in the order they were first stored, in pages', async (store) => {
    for (const id of ['c', 'a', 'b']) await store.putArticle(sampleArticle(id));
    assert.deepEqual((await store.listArticles()).map((article) => article.id), ['c', 'a', 'b']);
    assert.deepEqual((await store.listArticles({ limit: 1, offset: 1 })).map((article) => article.id), ['a']);
    assert.equal(await store.getArticle('missing'), null);
    assert.equal(await store.getArticleText('a'), sampleArticle('a').text);
    assert.equal(await store.getArticleText('missing'), null);
  });

  withStore('a story grows and shrinks, and knows its articles', async (store) => {
    const story = { id: 's1', title: 'Talks', firstDate: '2017-04-12', lastDate: '2017-04-12', outlets: ['A'], articleIds: ['a'] };
    await store.putStory(story);
    await store.putStory({ ...story, outlets: ['A', 'B'], articleIds: ['a', 'b', 'c'] });
    assert.deepEqual(await store.getStory('s1'), { ...story, outlets: ['A', 'B'], articleIds: ['a', 'b', 'c'] });
    await store.putStory({ ...story, articleIds: ['a', 'c'] });
    assert.deepEqual((await store.getStory('s1'))?.articleIds, ['a', 'c']);
    await store.putStory({ ...story, id: 's2', articleIds: ['b'] });
    assert.deepEqual((await store.listStories()).map((each) => [each.id, each.articleIds]), [['s1', ['a', 'c']], ['s2', ['b']]]);
    assert.equal(await store.findStoryOfArticle('b'), 's2');
    assert.equal(await store.findStoryOfArticle('zzz'), null);
  });

  withStore('a story grows by its header and one appended member at a time', async (store) => {
    const header = { id: 's1', title: 'Talks', firstDate: null, lastDate: null, outlets: ['A'] };
    assert.equal(await store.getStoryHeader('s1'), null);
    await store.putStoryHeader(header);
    for (const id of ['a', 'b', 'a', 'c']) await store.appendStoryMember('s1', id);
    await store.putStoryHeader({ ...header, title: 'Peace talks', outlets: ['A', 'B'] });
    assert.deepEqual(await store.getStoryHeader('s1'), { ...header, title: 'Peace talks', outlets: ['A', 'B'] });
    assert.deepEqual(await store.getStory('s1'), { ...header, title: 'Peace talks', outlets: ['A', 'B'], articleIds: ['a', 'b', 'c'] });
    assert.equal(await store.findStoryOfArticle('c'), 's1');
  });

  withStore('a failed transaction stores nothing of its writes', async (store) => {
    await store.putArticle(sampleArticle('kept'));
    await assert.rejects(store.transaction(async () => {
      await store.putArticle(sampleArticle('lost'));
      await store.putDocument({ key: 'k', articleId: 'lost', outcome: 'stored' });
      throw new Error('interrupted');
    }), /interrupted/);
    assert.equal(await store.getArticle('lost'), null);
    assert.equal(await store.getDocument('k'), null);
    assert.equal(await store.countArticles(), 1);
    await store.transaction(async () => { await store.putArticle(sampleArticle('committed')); });
    assert.equal(await store.countArticles(), 2);
  });

  withStore('ingested documents are remembered by key', async (store) => {
    await store.putDocument({ key: 'k1', articleId: null, outcome: 'failed' });
    assert.deepEqual(await store.getDocument('k1'), { key: 'k1', articleId: null, outcome: 'failed' });
    assert.equal(await store.getDocument('k2'), null);
  });

  withStore('fingerprints are found by URL, by content and by shared bucket', async (store) => {
    await store.putFingerprint(fingerprint('a'));
    await store.putFingerprint(fingerprint('b', { canonicalUrl: null, contentHash: 'hash-a', bandKeys: [99] }));
    await store.putFingerprint(fingerprint('c', { bandKeys: [11, 12] }));
    assert.deepEqual(await store.getFingerprint('a'), fingerprint('a'));
    assert.deepEqual((await store.findExactMatches('https://example.com/a', 'hash-a')).map((each) => each.articleId), ['a', 'b']);
    assert.deepEqual((await store.findBucketMates([11, 5], 10)).map((each) => each.articleId), ['a', 'c']);
    await store.putFingerprint(fingerprint('a', { bandKeys: [5] }));
    assert.deepEqual((await store.findBucketMates([11], 10)).map((each) => each.articleId), ['c']);
  });

  withStore('a fingerprint of a failed transaction is no bucket mate, and the one stored after it is found by its own keys', async (store) => {
    await store.putFingerprint(fingerprint('a', { bandKeys: [11] }));
    assert.equal((await store.findBucketMates([11], 10)).length, 1);
    await assert.rejects(store.transaction(async () => {
      await store.putFingerprint(fingerprint('gone', { bandKeys: [11, 12] }));
      assert.deepEqual((await store.findBucketMates([12], 10)).map((each) => each.articleId), ['gone']);
      throw new Error('the batch failed');
    }));
    assert.deepEqual((await store.findBucketMates([12], 10)).map((each) => each.articleId), []);
    await store.putFingerprint(fingerprint('b', { bandKeys: [13] }));
    assert.deepEqual((await store.findBucketMates([11, 12, 13], 10)).map((each) => each.articleId), ['a', 'b']);
    assert.deepEqual((await store.findBucketMates([12], 10)).map((each) => each.articleId), []);
  });

  withStore('copies link to their original', async (store) => {
    const changes = { titleChanged: true, originalTitle: 'A', copyTitle: 'B', ledeChanged: false, paragraphsAdded: [], paragraphsRemoved: [{ start: 0, end: 5 }] };
    await store.putDuplicate({ articleId: 'copy', originalId: 'orig', kind: 'wire-copy', jaccard: 0.6, containment: 0.95, changes });
    assert.equal((await store.getDuplicate('copy'))?.originalId, 'orig');
    assert.equal(await store.getDuplicate('orig'), null);
    assert.deepEqual((await store.listCopies('orig')).map((link) => link.articleId), ['copy']);
  });

  withStore('the clustered log replays in clustering order', async (store) => {
    await store.logClustered('b', 's1');
    await store.logClustered('a', 's2');
    await store.logClustered('b', 's1');
    const entries = await store.listClustered(0, 10);
    assert.deepEqual(entries.map((entry) => [entry.articleId, entry.storyId]), [['b', 's1'], ['a', 's2']]);
    assert.deepEqual((await store.listClustered(entries[0]!.seq, 10)).map((entry) => entry.articleId), ['a']);
  });

  withStore('a clusterer checkpoint covers the log as it was saved, and a rolled-back one is not kept', async (store) => {
    assert.equal(await store.getClustererCheckpoint(), null);
    await store.putClustererCheckpoint(['{"empty":true}', '{"second":1}', '{"third":2}']);
    assert.deepEqual(await store.getClustererCheckpoint(), { seq: 0, parts: ['{"empty":true}', '{"second":1}', '{"third":2}'] });
    await store.transaction(async () => {
      await store.logClustered('a', 's1');
      await store.logClustered('b', 's1');
      await store.putClustererCheckpoint(['{"after":"b"}']);
    });
    const saved = await store.getClustererCheckpoint();
    const log = await store.listClustered(0, 10);
    assert.deepEqual(saved, { seq: log[1]!.seq, parts: ['{"after":"b"}'] });
    await assert.rejects(store.transaction(async () => {
      await store.logClustered('c', 's2');
      await store.putClustererCheckpoint(['{"after":"c"}']);
      throw new Error('killed');
    }));
    assert.deepEqual(await store.getClustererCheckpoint(), saved);
    assert.equal((await store.listClustered(saved!.seq, 10)).length, 0);
  });

  withStore('search ranks by relevance and highlights matches', async (store) => {
    await store.putArticle(sampleArticle('a', { title: 'Tillerson meets Lavrov', text: 'Talks in Moscow lasted two hours.' }));
    await store.putArticle(sampleArticle('b', { title: 'Weather', text: 'Rain in Moscow. Tillerson was mentioned once.' }));
    const hits = await store.search('tillerson');
    assert.deepEqual(hits.map((hit) => hit.articleId), ['a', 'b']);
    assert.match(hits[1]!.snippet, /\[Tillerson\]/);
    assert.deepEqual((await store.search('"two hours" moscow')).map((hit) => hit.articleId), ['a']);
    assert.deepEqual(await store.search('AND OR ( *'), []);
  });

  withStore('search follows a changed document', async (store) => {
    await store.putArticle(sampleArticle('a', { text: 'Old wording here.' }));
    await store.putArticle(sampleArticle('a', { text: 'New phrasing there.' }));
    assert.deepEqual(await store.search('wording'), []);
    assert.deepEqual((await store.search('phrasing')).map((hit) => hit.articleId), ['a']);
  });

  withStore('search finds what a transaction committed, as it stood at the commit, and nothing of one that failed', async (store) => {
    await store.putArticle(sampleArticle('before', { text: 'Earlier report on grain exports.' }));
    await store.transaction(async () => {
      await store.putArticle(sampleArticle('a', { text: 'First draft about tariffs.' }));
      await store.putArticle(sampleArticle('b', { text: 'Second piece about tariffs.' }));
      await store.putArticle(sampleArticle('a', { text: 'Rewritten about quotas.' }));
      await store.putArticle(sampleArticle('before', { text: 'Earlier report on grain quotas.' }));
    });
    assert.deepEqual((await store.search('tariffs')).map((hit) => hit.articleId), ['b']);
    assert.deepEqual((await store.search('quotas')).map((hit) => hit.articleId).sort(), ['a', 'before']);
    assert.deepEqual(await store.search('exports'), []);
    await assert.rejects(store.transaction(async () => {
      await store.putArticle(sampleArticle('c', { text: 'Never committed about tariffs.' }));
      await store.putArticle(sampleArticle('b', { text: 'Changed about fisheries.' }));
      throw new Error('killed');
    }));
    assert.deepEqual((await store.search('tariffs')).map((hit) => hit.articleId), ['b']);
    assert.deepEqual(await store.search('fisheries'), []);
    await store.putArticle(sampleArticle('d', { text: 'Later piece about tariffs.' }));
    assert.deepEqual((await store.search('tariffs')).map((hit) => hit.articleId).sort(), ['b', 'd']);
  });
}

import type { Article } from '../model/index.js';
import type { StoryClusterer } from '../cluster/index.js';
import { findDuplicate } from '../dedup/find-duplicate.js';
import { linkCopy } from '../dedup/link-copy.js';
import type { ShingleHasher } from '../dedup/shingles.js';
import type { ShingleCache } from '../dedup/shingle-cache.js';
import type { DocumentRecord, Store } from '../store/store.js';
import type { ExtractResult } from './extract-worker.js';
import type { IngestSummary } from './ingest-summary.js';
import { assignStory } from './story-assignment.js';
import { addToStory } from './story-membership.js';

/** What the per-document step shares over a run. */
export interface IngestContext {
  store: Store;
  hasher: ShingleHasher;
  /** Shingle sets of recently checked stored articles (see ShingleCache). */
  shingles: ShingleCache;
  clusterer: StoryClusterer;
  summary: IngestSummary;
  /** Stories this run created, and stories that existed before and received articles. */
  createdStories: Set<string>;
  grownStories: Set<string>;
}

/**
 * One extracted document into the store, inside the caller's transaction: dedup verdict, then
 * store the article, its fingerprint, copy links and story membership, and the document record
 * that lets a rerun skip it. All of it commits together or not at all.
 */
export async function ingestDocument(context: IngestContext, key: string, result: ExtractResult): Promise<void> {
  const { store, summary } = context;
  if (await store.getDocument(key)) { summary.alreadyIngested += 1; return; }
  const { article, fingerprint } = result;
  if (fingerprint === null) {
    summary.failed += 1;
    await record(store, key, null, 'failed');
    return;
  }
  const verdict = await findDuplicate(article, fingerprint, store, context.hasher, context.shingles);
  if (verdict.kind === 'exact-duplicate') {
    summary.exactDuplicates += 1;
    await record(store, key, verdict.matchId, 'exact-duplicate');
    return;
  }
  const stored: Article = verdict.kind === 'same-url' ? { ...article, id: verdict.matchId } : article;
  const put = await store.putArticle(stored);
  if (put.status !== 'unchanged') await store.putFingerprint({ ...fingerprint, articleId: stored.id });
  if (put.status !== 'new') {
    summary[put.status] += 1;
    await record(store, key, stored.id, put.status);
    return;
  }
  summary.stored += 1;
  if (verdict.kind === 'near-duplicate' || verdict.kind === 'wire-copy') {
    summary[verdict.kind === 'near-duplicate' ? 'nearDuplicates' : 'wireCopies'] += 1;
    const linked = await linkCopy(store, context.hasher, stored, verdict.matchId);
    const storyId = await store.findStoryOfArticle(linked.newIsOriginal ? verdict.matchId : linked.originalId);
    if (storyId !== null) await joinStory(context, storyId, stored);
    await record(store, key, stored.id, verdict.kind);
    return;
  }
  await joinStory(context, await assignStory(store, context.clusterer, stored, result.clusterCounts ?? undefined), stored);
  await record(store, key, stored.id, 'stored');
}

async function joinStory(context: IngestContext, storyId: string, article: Article): Promise<void> {
  const created = await addToStory(context.store, storyId, article);
  if (created) context.createdStories.add(storyId);
  else if (!context.createdStories.has(storyId)) context.grownStories.add(storyId);
}

function record(store: Store, key: string, articleId: string | null, outcome: DocumentRecord['outcome']): Promise<void> {
  return store.putDocument({ key, articleId, outcome });
}

import { clusterInputFromArticle } from '../cluster/index.js';
import type { Article } from '../model/index.js';
import type { Store } from '../store/store.js';
import { createBoundedClusterer, type BoundedClusterer } from './bounded-clusterer.js';
import { syncStoryTitles } from './story-membership.js';

/** Entries read per page while replaying the clustered log. */
const REPLAY_PAGE = 1000;

/**
 * The online story clusterer, brought back to where the last run left it: the articles it saw
 * are replayed from the store's clustered log, in order, so a resumed ingest assigns the
 * remaining articles exactly as an uninterrupted one would. Returns how many were replayed and
 * how many landed in another story than logged (only after an article changed; 0 normally).
 */
export async function restoreClusterer(store: Store): Promise<{ clusterer: BoundedClusterer; replayed: number; drifted: number }> {
  const clusterer = createBoundedClusterer();
  let replayed = 0;
  let drifted = 0;
  for (let after = 0; ;) {
    const page = await store.listClustered(after, REPLAY_PAGE);
    if (page.length === 0) break;
    for (const entry of page) {
      const article = await store.getArticle(entry.articleId);
      if (article && clusterer.add(clusterInputFromArticle(article)).storyId !== entry.storyId) drifted += 1;
      replayed += 1;
    }
    after = page[page.length - 1]!.seq;
  }
  return { clusterer, replayed, drifted };
}

/**
 * Assigns an original to a story and logs it for replay. Stories the clusterer retires at this
 * step get their final title now, in the same transaction.
 */
export async function assignStory(store: Store, clusterer: BoundedClusterer, article: Article): Promise<string> {
  const { storyId, retired } = clusterer.add(clusterInputFromArticle(article));
  await store.logClustered(article.id, storyId);
  if (retired.length > 0) {
    await syncStoryTitles(store, new Map(retired.map((story) => [story.id, story.title])), new Set(retired.map((story) => story.id)));
  }
  return storyId;
}

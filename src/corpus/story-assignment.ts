import { clusterInputFromArticle, createStoryClusterer, type ArticleCounts, type StoryClusterer } from '../cluster/index.js';
import type { Article } from '../model/index.js';
import type { Store } from '../store/store.js';
import { syncStoryTitles } from './story-membership.js';

/** Entries read per page while replaying the clustered log. */
const REPLAY_PAGE = 1000;

/**
 * The online story clusterer, brought back to where the last run left it: the articles it saw
 * are replayed from the store's clustered log, in order, so a resumed ingest assigns the
 * remaining articles exactly as an uninterrupted one would (the clusterer is deterministic and
 * bounds its own memory by retiring idle stories). Returns how many were replayed and how many
 * landed in another story than logged (only after an article changed; 0 normally).
 */
export async function restoreClusterer(store: Store): Promise<{ clusterer: StoryClusterer; replayed: number; drifted: number }> {
  // Retired stories are stored already (their final titles written as they retire, below), so
  // the clusterer keeps only live ones: its memory stays flat however long the corpus grows.
  const clusterer = createStoryClusterer({ forgetRetired: true });
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
 * Assigns an original to a story and logs it for replay (`counts`: its features, when counted
 * already). Stories that retired to make way for it get their final titles, in the same
 * transaction as the article, so a rerun that replays up to here finds them written.
 */
export async function assignStory(store: Store, clusterer: StoryClusterer, article: Article, counts?: ArticleCounts): Promise<string> {
  const { storyId, retired } = clusterer.add(clusterInputFromArticle(article), counts);
  if (retired.length > 0) {
    await syncStoryTitles(store, new Map(retired.map((story) => [story.id, story.title])), new Set(retired.map((story) => story.id)));
  }
  await store.logClustered(article.id, storyId);
  return storyId;
}

import { clusterInputFromArticle, createStoryClusterer, type ArticleCounts, snapshotFromParts, type StoryClusterer } from '../cluster/index.js';
import { ParallaxError, type Article } from '../model/index.js';
import type { Store } from '../store/store.js';
import { syncStoryTitles } from './story-membership.js';

/**
 * Retired stories are stored already (their final titles written as they retire, see
 * assignStory), so the clusterer keeps only live ones: its memory stays flat however long the
 * corpus grows.
 */
const CLUSTERER_OPTIONS = { forgetRetired: true };

/** Entries read per page while replaying the clustered log. */
const REPLAY_PAGE = 1000;

/**
 * Articles clustered between two saved clusterer checkpoints. A resumed run re-clusters at most
 * this many, on one thread, instead of the whole log (a million articles in a large store). A
 * save is the clusterer's whole state, written in parts: about 50 MB of JSON and one second at
 * bench:ingest's 50,000th article, under 1% of the time between saves.
 */
export const CHECKPOINT_EVERY_ARTICLES = 50_000;

/**
 * The online story clusterer, brought back to where the last run left it: restored from the
 * latest saved checkpoint, then the articles clustered after it are replayed from the store's
 * clustered log, in order, so a resumed ingest assigns the remaining articles exactly as an
 * uninterrupted one would (the clusterer is deterministic and bounds its own memory by retiring
 * idle stories). A checkpoint this version cannot read (from another version) is ignored and
 * the whole log replayed. Returns how many articles were replayed, how many of those landed in
 * another story than logged (only after an article changed; 0 normally), and whether a
 * checkpoint was used.
 */
export async function restoreClusterer(store: Store): Promise<{ clusterer: StoryClusterer; replayed: number; drifted: number; fromCheckpoint: boolean }> {
  const checkpoint = await store.getClustererCheckpoint();
  const restored = checkpoint === null ? null : clustererFrom(checkpoint.parts);
  const clusterer = restored ?? createStoryClusterer(CLUSTERER_OPTIONS);
  let replayed = 0;
  let drifted = 0;
  for (let after = restored === null ? 0 : checkpoint!.seq; ;) {
    const page = await store.listClustered(after, REPLAY_PAGE);
    if (page.length === 0) break;
    for (const entry of page) {
      const article = await store.getArticle(entry.articleId);
      if (article && clusterer.add(clusterInputFromArticle(article)).storyId !== entry.storyId) drifted += 1;
      replayed += 1;
    }
    after = page[page.length - 1]!.seq;
  }
  return { clusterer, replayed, drifted, fromCheckpoint: restored !== null };
}

/** Saves the clusterer's state as of the clustered log so far (call it in the transaction that logged it). */
export async function saveClustererCheckpoint(store: Store, clusterer: StoryClusterer): Promise<void> {
  await store.putClustererCheckpoint(clusterer.snapshotParts());
}

/** The clusterer a checkpoint holds; null when it is of another version or unreadable (the log is replayed instead). */
function clustererFrom(parts: readonly string[]): StoryClusterer | null {
  try {
    return createStoryClusterer(CLUSTERER_OPTIONS, snapshotFromParts(parts));
  } catch (error) {
    if (error instanceof ParallaxError || error instanceof SyntaxError) return null;
    throw error;
  }
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

import { topEntries } from './sparse-vector.js';
import type { StoryState } from './story-state.js';
import type { ArticleVectors } from './weigh-article.js';

/**
 * An inverted index from a story's strongest features to the story, so an article is compared
 * with a few candidate stories instead of all of them. Cost per article stays flat: it looks up
 * a fixed number of its own features and reads at most `MAX_POSTINGS_READ` of the most recent
 * entries of each list.
 */
export interface CandidateIndex {
  postings: Map<string, number[]>;
}

/** A story is listed under its 30 strongest words and 12 strongest names. */
const INDEXED_TERMS = 30;
const INDEXED_NAMES = 12;
/** An article looks up its 20 strongest words and 10 strongest names. */
const QUERY_TERMS = 20;
const QUERY_NAMES = 10;
/**
 * The most recent 100 stories under one key are read: a key shared by more stories than that is
 * too common to tell an event (profiled on bench/stories-scale.ts, reading these lists was 60% of
 * the time at 300); older stories stay reachable through rarer keys (names, uncommon words). A
 * list is compacted when it doubles past that. The evaluation sets never reach 100 stories a key.
 */
const MAX_POSTINGS_READ = 100;
/** Candidates scored in full: the same event is among the top few by shared key weight. */
const MAX_CANDIDATES = 24;

export function createCandidateIndex(): CandidateIndex {
  return { postings: new Map() };
}

/** Re-lists a story under its current strongest keys (after it gained an article). */
export function indexStory(index: CandidateIndex, story: StoryState, stories: readonly StoryState[]): void {
  const keys = [
    ...topEntries(story.terms, INDEXED_TERMS).map(([term]) => `t:${term}`),
    ...topEntries(story.names, INDEXED_NAMES).map(([name]) => `n:${name}`),
  ];
  const current = new Set(keys);
  for (const key of story.indexedKeys) if (!current.has(key)) story.indexedKeys.delete(key);
  for (const key of keys) {
    if (story.indexedKeys.has(key)) continue;
    story.indexedKeys.add(key);
    const list = index.postings.get(key) ?? [];
    list.push(story.order);
    if (list.length > 2 * MAX_POSTINGS_READ) compact(list, key, stories);
    index.postings.set(key, list);
  }
}

/** Drops entries the story no longer holds, and the oldest beyond the read window. */
function compact(list: number[], key: string, stories: readonly StoryState[]): void {
  const seen = new Set<number>();
  const live: number[] = [];
  for (let position = list.length - 1; position >= 0; position -= 1) {
    const order = list[position] as number;
    if (seen.has(order) || !stories[order]?.indexedKeys.has(key)) continue;
    seen.add(order);
    live.unshift(order);
  }
  const dropped = live.slice(0, Math.max(0, live.length - MAX_POSTINGS_READ));
  for (const order of dropped) stories[order]?.indexedKeys.delete(key);
  list.splice(0, list.length, ...live.slice(dropped.length));
}

/** The stories that share the article's strongest keys, best first, at most MAX_CANDIDATES. */
export function findCandidates(index: CandidateIndex, article: ArticleVectors, stories: readonly StoryState[]): StoryState[] {
  const shared = new Map<number, number>();
  const queries = [
    ...topEntries(article.terms, QUERY_TERMS).map(([term, weight]) => [`t:${term}`, weight] as const),
    ...topEntries(article.names, QUERY_NAMES).map(([name, weight]) => [`n:${name}`, weight] as const),
  ];
  for (const [key, weight] of queries) {
    const list = index.postings.get(key);
    if (!list) continue;
    const seen = new Set<number>();
    for (let position = list.length - 1; position >= Math.max(0, list.length - MAX_POSTINGS_READ); position -= 1) {
      const order = list[position] as number;
      if (seen.has(order) || !stories[order]?.indexedKeys.has(key)) continue;
      seen.add(order);
      shared.set(order, (shared.get(order) ?? 0) + weight);
    }
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([order]) => stories[order] as StoryState);
}

import { topEntries } from './sparse-vector.js';
import type { StoryState } from './story-state.js';
import type { ArticleVectors } from './weigh-article.js';

/**
 * An inverted index from a story's strongest features to the story, so an article is compared
 * with a few candidate stories instead of all of them. Cost per article stays flat: it looks up
 * a fixed number of its own features and reads at most `MAX_POSTINGS_READ` of the most recent
 * entries of each list.
 *
 * Invariant: a list holds each live story at most once, exactly the stories whose
 * `indexedKeys` hold its key, oldest first. Entries leave as soon as their story drops the key
 * or retires, so a lookup reads no stale entry and needs no check per entry (with lazily
 * dropped entries, those checks were a third of the clustering time at 10,000 stories).
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
 * list is cut back to that when it doubles past it. The evaluation sets never reach 100 stories a key.
 */
const MAX_POSTINGS_READ = 100;
/** Candidates scored in full: the same event is among the top few by shared key weight. */
const MAX_CANDIDATES = 24;

export function createCandidateIndex(): CandidateIndex {
  return { postings: new Map() };
}

/** Re-lists a story under its current strongest keys (after it gained an article). */
export function indexStory(index: CandidateIndex, story: StoryState, stories: ReadonlyArray<StoryState | undefined>): void {
  const keys = [
    ...topEntries(story.terms, INDEXED_TERMS).map(([term]) => `t:${term}`),
    ...topEntries(story.names, INDEXED_NAMES).map(([name]) => `n:${name}`),
  ];
  const current = new Set(keys);
  for (const key of story.indexedKeys) {
    if (current.has(key)) continue;
    story.indexedKeys.delete(key);
    removeFromList(index, key, story.order);
  }
  for (const key of keys) {
    if (story.indexedKeys.has(key)) continue;
    story.indexedKeys.add(key);
    let list = index.postings.get(key);
    if (!list) index.postings.set(key, (list = []));
    list.push(story.order);
    if (list.length > 2 * MAX_POSTINGS_READ) dropOldest(list, key, stories);
  }
}

/** Takes a retiring story out of every list it is in. */
export function unindexStory(index: CandidateIndex, story: StoryState): void {
  for (const key of story.indexedKeys) removeFromList(index, key, story.order);
  story.indexedKeys.clear();
}

function removeFromList(index: CandidateIndex, key: string, order: number): void {
  const list = index.postings.get(key);
  if (!list) return;
  const at = list.lastIndexOf(order);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) index.postings.delete(key);
}

/** Keeps the newest MAX_POSTINGS_READ entries; the stories dropped are no longer listed under the key. */
function dropOldest(list: number[], key: string, stories: ReadonlyArray<StoryState | undefined>): void {
  const dropped = list.splice(0, list.length - MAX_POSTINGS_READ);
  for (const order of dropped) stories[order]?.indexedKeys.delete(key);
}

/**
 * Shared key weight per story order while one article is looked up: a dense array reused across
 * lookups (zeroed after each) and the orders touched, first-seen first. A Map here made a boxed
 * number per story and key read, a tenth of ingest's main-thread allocation.
 */
let sharedWeight = new Float64Array(1024);
let isTouched = new Uint8Array(1024);
const touched: number[] = [];

/** The stories that share the article's strongest keys, best first, at most MAX_CANDIDATES. */
export function findCandidates(index: CandidateIndex, article: ArticleVectors, stories: ReadonlyArray<StoryState | undefined>): StoryState[] {
  if (sharedWeight.length < stories.length) {
    sharedWeight = new Float64Array(Math.max(stories.length, 2 * sharedWeight.length));
    isTouched = new Uint8Array(sharedWeight.length);
  }
  const queries = [
    ...topEntries(article.terms, QUERY_TERMS).map(([term, weight]) => [`t:${term}`, weight] as const),
    ...topEntries(article.names, QUERY_NAMES).map(([name, weight]) => [`n:${name}`, weight] as const),
  ];
  for (const [key, weight] of queries) {
    const list = index.postings.get(key);
    if (!list) continue;
    for (let position = list.length - 1; position >= Math.max(0, list.length - MAX_POSTINGS_READ); position -= 1) {
      const order = list[position] as number;
      if (isTouched[order] === 0) {
        isTouched[order] = 1;
        touched.push(order);
      }
      sharedWeight[order] = (sharedWeight[order] as number) + weight;
    }
  }
  const best = bestShared(MAX_CANDIDATES);
  for (const order of touched) {
    sharedWeight[order] = 0;
    isTouched[order] = 0;
  }
  touched.length = 0;
  return best.map((order) => stories[order] as StoryState);
}

/**
 * The `limit` touched stories sharing the most key weight (ties: the older story first), kept in
 * a small sorted array as they are scanned: sorting thousands of entries per article for the top
 * 24 cost more than the lookups themselves.
 */
function bestShared(limit: number): number[] {
  const orders: number[] = [];
  const weights: number[] = [];
  for (const order of touched) {
    const weight = sharedWeight[order] as number;
    if (orders.length === limit && !ranksBefore(weight, order, weights[limit - 1] as number, orders[limit - 1] as number)) continue;
    let at = orders.length === limit ? limit - 1 : orders.length;
    while (at > 0 && ranksBefore(weight, order, weights[at - 1] as number, orders[at - 1] as number)) {
      orders[at] = orders[at - 1] as number;
      weights[at] = weights[at - 1] as number;
      at -= 1;
    }
    orders[at] = order;
    weights[at] = weight;
  }
  return orders;
}

function ranksBefore(weight: number, order: number, otherWeight: number, otherOrder: number): boolean {
  return weight > otherWeight || (weight === otherWeight && order < otherOrder);
}

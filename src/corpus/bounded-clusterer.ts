import {
  createStoryClusterer, DEFAULT_JOIN_THRESHOLD, DEFAULT_SIMILARITY,
  type ClusterInput, type StoryClusterer,
} from '../cluster/index.js';
import { dayNumber } from '../cluster/weigh-article.js';
import type { Story } from '../model/index.js';

/**
 * Stories retire from the online clusterer's memory once they are too old to be joined, so
 * memory follows the news of the last weeks, not the whole corpus (a story costs about 25 KB of
 * clusterer state: 1M stories would be 25 GB).
 *
 * Too old, exactly: beyond `graceDays` the similarity halves every `halfLifeDays` down to
 * `minTimeFactor`; when that floor times the best possible similarity (1) is below the join
 * threshold, a story that many days behind the newest article can never be joined again. With
 * the defaults (3 + 10 × log2(1 / 0.25) = 23 days) plus a week of slack for articles that arrive
 * late, stories whose last article is 30 days behind the newest retire.
 */
export const RETIRE_AFTER_DAYS = (() => {
  const { graceDays, halfLifeDays, minTimeFactor } = DEFAULT_SIMILARITY;
  if (minTimeFactor >= DEFAULT_JOIN_THRESHOLD) return Number.POSITIVE_INFINITY;
  return Math.ceil(graceDays + halfLifeDays * Math.log2(1 / minTimeFactor)) + 7;
})();

/**
 * Undated corpora have no age to go by: past this many stories in memory the oldest retire
 * (a lossy bound: an undated article can then no longer join a story that old).
 */
export const MAX_ACTIVE_STORIES = 40_000;

/** Retirement runs every this many articles: its cost (a snapshot of the state) stays amortized. */
export const RETIRE_EVERY = 2_000;

export interface BoundedClusterer {
  /** Assigns one article; `retired` lists the stories that left memory at this step (final titles). */
  add(input: ClusterInput): { storyId: string; created: boolean; retired: Story[] };
  /** The stories still in memory. */
  stories(): Story[];
}

/** The story clusterer with retirement, deterministic: the same inputs in the same order give the same stories. */
export function createBoundedClusterer(options: { retireEvery?: number } = {}): BoundedClusterer {
  const retireEvery = options.retireEvery ?? RETIRE_EVERY;
  let inner: StoryClusterer = createStoryClusterer();
  let added = 0;
  let newestDay = Number.NEGATIVE_INFINITY;
  return {
    add(input) {
      const day = dayNumber(input.publishedAt);
      if (day !== null && day > newestDay) newestDay = day;
      const { storyId, created } = inner.add(input);
      added += 1;
      let retired: Story[] = [];
      if (added % retireEvery === 0) ({ inner, retired } = retire(inner, newestDay));
      return { storyId, created, retired };
    },
    stories: () => inner.stories(),
  };
}

function retire(clusterer: StoryClusterer, newestDay: number): { inner: StoryClusterer; retired: Story[] } {
  const snapshot = clusterer.snapshot();
  const tooOld = (lastDay: number | null) => lastDay !== null && newestDay - lastDay > RETIRE_AFTER_DAYS;
  let kept = snapshot.stories.filter((story) => !tooOld(story.lastDay));
  if (kept.length > MAX_ACTIVE_STORIES) kept = kept.slice(kept.length - MAX_ACTIVE_STORIES);
  if (kept.length === snapshot.stories.length) return { inner: clusterer, retired: [] };
  const keptIds = new Set(kept.map((story) => story.id));
  const retired = clusterer.stories().filter((story) => !keptIds.has(story.id));
  return { inner: createStoryClusterer({}, { ...snapshot, stories: kept }), retired };
}

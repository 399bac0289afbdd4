import type { StoryState } from './story-state.js';
import { storyTitle } from './story-title.js';

/**
 * Keeps the clusterer's memory and cost per article flat on an endless stream: a story retires
 * (keeps its id, members, dates and title, drops its evidence and leaves the candidate index, so
 * later articles open a new story) when it received no article during the last
 * RETIRE_AFTER_ARTICLES articles, or during the RETIRE_AFTER_DAYS days before the newest
 * publication date seen, or when more than MAX_LIVE_STORIES stories are live (least recently
 * grown first).
 *
 * - 20,000 articles is several days of a large feed set; BASIL's events are months apart in
 *   date but well inside that many articles, so evaluation is unaffected.
 * - 90 days: a follow-up a month later still joins (story-clusterer.test.ts), and the time decay
 *   (story-similarity.ts) has brought any older story to its floor anyway.
 * - 5,000 live stories: a live story holds up to 460 weighted features and 8 headline vectors
 *   (about 30–50 KB); at a million articles in 1,000 days (bench:ingest's corpus, about 1,000
 *   new stories a day) 20,000 live stories took the process to 2 GB, 5,000 keep the clusterer
 *   near 200 MB — still five days of that stream, and weeks of an ordinary feed set. The
 *   evaluation sets have fewer stories than that, so the cap never acts on them.
 */
export const RETIRE_AFTER_ARTICLES = 20_000;
export const RETIRE_AFTER_DAYS = 90;
export const MAX_LIVE_STORIES = 5_000;

export interface RetirementLimits {
  afterArticles: number;
  afterDays: number;
  maxLiveStories: number;
}

/** Stories in the order they last grew (one entry per growth; stale entries are skipped). */
export interface RetirementQueue {
  entries: Array<{ order: number; lastArticle: number }>;
  head: number;
  /** Stories not retired. */
  live: number;
  /** The latest publication day seen (days since 1970), null before the first dated article. */
  newestDay: number | null;
}

export function createRetirementQueue(stories: ReadonlyArray<StoryState | undefined>): RetirementQueue {
  const live = stories.filter((story): story is StoryState => story !== undefined && story.retiredTitle === undefined);
  const entries = live
    .map((story) => ({ order: story.order, lastArticle: story.lastArticle }))
    .sort((a, b) => a.lastArticle - b.lastArticle || a.order - b.order);
  let newestDay: number | null = null;
  for (const story of live) if (story.lastDay !== null && (newestDay === null || story.lastDay > newestDay)) newestDay = story.lastDay;
  return { entries, head: 0, live: live.length, newestDay };
}

/** Records that a story grew (or was created) at its `lastArticle`. */
export function noteGrowth(queue: RetirementQueue, story: StoryState, created: boolean): void {
  queue.entries.push({ order: story.order, lastArticle: story.lastArticle });
  if (created) queue.live += 1;
}

/** Moves the newest publication day forward (never back: late articles do not revive old stories). */
export function noteDay(queue: RetirementQueue, day: number | null): void {
  if (day !== null && (queue.newestDay === null || day > queue.newestDay)) queue.newestDay = day;
}

/**
 * Retires, least recently grown first, every story past a limit, before an article at
 * `streamPosition` is added, leaving room for one more live story. The queue is ordered by
 * stream position, so the day limit is checked at its head only: a story idle by date behind
 * one that grew later waits for it (in a stream in publication order, rarely long).
 */
export function retireIdleStories(queue: RetirementQueue, stories: ReadonlyArray<StoryState | undefined>, streamPosition: number, limits: RetirementLimits, onRetire: (story: StoryState) => void): void {
  const before = streamPosition - limits.afterArticles;
  const dayBefore = queue.newestDay === null ? null : queue.newestDay - limits.afterDays;
  while (queue.head < queue.entries.length) {
    const entry = queue.entries[queue.head] as { order: number; lastArticle: number };
    const story = stories[entry.order];
    const stale = story === undefined || story.lastArticle !== entry.lastArticle || story.retiredTitle !== undefined;
    if (!stale) {
      const idleByDate = dayBefore !== null && story.lastDay !== null && story.lastDay < dayBefore;
      if (entry.lastArticle >= before && queue.live < limits.maxLiveStories && !idleByDate) break;
      retire(story);
      queue.live -= 1;
      onRetire(story);
    }
    queue.head += 1;
  }
  if (queue.head > 4096 && queue.head * 2 > queue.entries.length) {
    queue.entries = queue.entries.slice(queue.head);
    queue.head = 0;
  }
}

function retire(story: StoryState): void {
  story.retiredTitle = storyTitle(story);
  story.terms = new Map();
  story.names = new Map();
  story.numbers = new Map();
  story.norms = { terms: 0, names: 0, numbers: 0 };
  story.packed = undefined;
  story.titleCandidates = [];
  story.years = new Map();
  story.mentionedYears = new Set();
}

import type { StoryState } from './story-state.js';
import { storyTitle } from './story-title.js';

/**
 * Keeps the clusterer's memory and cost per article flat on an endless stream: a story that
 * received no article during the last RETIRE_AFTER_ARTICLES articles keeps its id, members,
 * dates and title, but drops its evidence and leaves the candidate index, so later articles
 * open a new story. 20,000 articles is several days of a large feed set; BASIL's events are
 * months apart in date but well inside that many articles, so evaluation is unaffected.
 */
export const RETIRE_AFTER_ARTICLES = 20_000;

/** Stories in the order they last grew (one entry per growth; stale entries are skipped). */
export interface RetirementQueue {
  entries: Array<{ order: number; lastArticle: number }>;
  head: number;
}

export function createRetirementQueue(stories: readonly StoryState[]): RetirementQueue {
  const entries = stories
    .filter((story) => story.retiredTitle === undefined)
    .map((story) => ({ order: story.order, lastArticle: story.lastArticle }))
    .sort((a, b) => a.lastArticle - b.lastArticle || a.order - b.order);
  return { entries, head: 0 };
}

export function noteGrowth(queue: RetirementQueue, story: StoryState): void {
  queue.entries.push({ order: story.order, lastArticle: story.lastArticle });
}

/** Retires every story idle since before `streamPosition - afterArticles`. */
export function retireIdleStories(queue: RetirementQueue, stories: readonly StoryState[], streamPosition: number, afterArticles = RETIRE_AFTER_ARTICLES): void {
  const before = streamPosition - afterArticles;
  while (queue.head < queue.entries.length && (queue.entries[queue.head]?.lastArticle ?? Infinity) < before) {
    const entry = queue.entries[queue.head] as { order: number; lastArticle: number };
    queue.head += 1;
    const story = stories[entry.order];
    if (story && story.lastArticle === entry.lastArticle && story.retiredTitle === undefined) retire(story);
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
  story.titleCandidates = [];
  story.years = new Map();
  story.mentionedYears = new Set();
  story.indexedKeys.clear();
}

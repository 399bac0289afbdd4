import { cosine } from './sparse-vector.js';
import type { StoryState } from './story-state.js';
import type { ArticleVectors } from './weigh-article.js';

/** How evidence is weighed against a story; every field is calibrated in DEFAULT_SIMILARITY. */
export interface SimilarityOptions {
  termWeight: number;
  nameWeight: number;
  numberWeight: number;
  /** Days apart (outside the story's date range) that cost nothing: outlets publish a day or two apart. */
  graceDays: number;
  /** Beyond the grace, the score halves every this many days... */
  halfLifeDays: number;
  /** ...but never below this share, so a late article with strong evidence still joins. */
  minTimeFactor: number;
}

/**
 * Calibrated on the data given (../shared/data/stories: ECB+ topics 1–35 without dates, BASIL
 * 2010–2014 with dates); see the evaluation commands in BENCHMARKS.md.
 */
export const DEFAULT_SIMILARITY: SimilarityOptions = {
  termWeight: 0.5,
  nameWeight: 0.35,
  numberWeight: 0.15,
  graceDays: 3,
  halfLifeDays: 10,
  minTimeFactor: 0.25,
};

/**
 * The similarity of an article to a story in [0, 1]: a weighted mean of the cosines of words,
 * names and numbers (a kind of evidence missing on either side leaves the mean), times a time
 * factor. Names and numbers are what keep two events of one kind apart: two earthquakes share
 * their words but not their places, magnitudes and tolls.
 */
export function storySimilarity(article: ArticleVectors, story: StoryState, options: SimilarityOptions): number {
  let weighted = options.termWeight * cosine(article.terms, story.terms);
  let weights = options.termWeight;
  if (article.names.size > 0 && story.names.size > 0) {
    weighted += options.nameWeight * cosine(article.names, story.names);
    weights += options.nameWeight;
  }
  if (article.numbers.size > 0 && story.numbers.size > 0) {
    weighted += options.numberWeight * cosine(article.numbers, story.numbers);
    weights += options.numberWeight;
  }
  return (weighted / weights) * timeFactor(article.day, story, options);
}

export function timeFactor(day: number | null, story: StoryState, options: SimilarityOptions): number {
  if (day === null || story.firstDay === null || story.lastDay === null) return 1;
  const daysOutside = Math.max(0, story.firstDay - day, day - story.lastDay);
  if (daysOutside <= options.graceDays) return 1;
  return Math.max(options.minTimeFactor, 0.5 ** ((daysOutside - options.graceDays) / options.halfLifeDays));
}

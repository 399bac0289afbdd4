import { dot, topEntries } from './sparse-vector.js';
import type { StoryState } from './story-state.js';

/**
 * The most central headline: the one whose words lie closest to the story's centroid (the
 * earliest wins a tie). A story without headlines is named by its strongest names and words.
 */
export function storyTitle(story: StoryState): string {
  if (story.retiredTitle !== undefined) return story.retiredTitle;
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const candidate of story.titleCandidates) {
    const score = dot(candidate.terms, story.terms);
    if (score > bestScore) {
      best = candidate.title;
      bestScore = score;
    }
  }
  if (best !== null) return best;
  const names = topEntries(story.names, 3).map(([name]) => capitalize(name));
  const words = topEntries(story.terms, 3).map(([term]) => term);
  return [...names, ...words].join(', ');
}

function capitalize(word: string): string {
  return word.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase());
}

import type { Article } from '../model/index.js';
import type { Store, StoryHeader } from '../store/store.js';

/**
 * Adds an article to a stored story (creating the story when absent): member list, outlets and
 * first/last dates. The title is the first article's until the clusterer names the story at the
 * end of the run (see syncStoryTitles). Returns whether the story was new.
 */
export async function addToStory(store: Store, storyId: string, article: Article): Promise<boolean> {
  // The header only: reading and rewriting the member list made each addition cost the story's size.
  const existing = await store.getStoryHeader(storyId);
  const story: StoryHeader = existing ?? { id: storyId, title: article.title ?? '', firstDate: null, lastDate: null, outlets: [] };
  let changed = existing === null;
  if (article.outlet && !story.outlets.includes(article.outlet)) { story.outlets.push(article.outlet); changed = true; }
  if (article.publishedAt) {
    if (story.firstDate === null || earlier(article.publishedAt, story.firstDate)) { story.firstDate = article.publishedAt; changed = true; }
    if (story.lastDate === null || earlier(story.lastDate, article.publishedAt)) { story.lastDate = article.publishedAt; changed = true; }
  }
  if (changed) await store.putStoryHeader(story);
  await store.appendStoryMember(storyId, article.id);
  return existing === null;
}

function earlier(a: string, b: string): boolean {
  const timeA = Date.parse(a);
  const timeB = Date.parse(b);
  return Number.isNaN(timeA) || Number.isNaN(timeB) ? a < b : timeA < timeB;
}

/** Gives the stories touched in this run the clusterer's titles (the best headline of each). */
export async function syncStoryTitles(store: Store, titles: ReadonlyMap<string, string>, touched: ReadonlySet<string>): Promise<void> {
  for (const storyId of touched) {
    const title = titles.get(storyId);
    const story = title === undefined ? null : await store.getStoryHeader(storyId);
    if (story && title !== undefined && story.title !== title) await store.putStoryHeader({ ...story, title });
  }
}

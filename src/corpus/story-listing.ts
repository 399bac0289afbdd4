import type { Story } from '../model/index.js';
import type { DuplicateKind } from '../dedup/duplicate-link.js';
import type { Store } from '../store/store.js';

/** One article of a story as `parallax stories --format json` prints it. */
export interface StoryArticleRecord {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  /** The original this article copies, or null for an independent article. */
  copyOf: string | null;
  copyKind: DuplicateKind | null;
}

/** A story with its articles; `independentSources` counts originals only (copies apart). */
export interface StoryRecord {
  id: string;
  title: string;
  firstDate: string | null;
  lastDate: string | null;
  outlets: string[];
  independentSources: number;
  copies: number;
  articles: StoryArticleRecord[];
}

export async function describeStory(store: Store, story: Story): Promise<StoryRecord> {
  const articles: StoryArticleRecord[] = [];
  for (const id of story.articleIds) {
    const article = await store.getArticle(id);
    if (!article) continue;
    const link = await store.getDuplicate(id);
    articles.push({
      id, source: article.source, url: article.url, outlet: article.outlet, title: article.title,
      publishedAt: article.publishedAt, copyOf: link?.originalId ?? null, copyKind: link?.kind ?? null,
    });
  }
  const copies = articles.filter((article) => article.copyOf !== null).length;
  return {
    id: story.id, title: story.title, firstDate: story.firstDate, lastDate: story.lastDate, outlets: story.outlets,
    independentSources: articles.length - copies, copies, articles,
  };
}

/** Every story in creation order, with its articles. */
export async function listStoryRecords(store: Store): Promise<StoryRecord[]> {
  const records: StoryRecord[] = [];
  for (const story of await store.listStories()) records.push(await describeStory(store, story));
  return records;
}

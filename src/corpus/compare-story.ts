import type { Article, Comparison } from '../model/index.js';
import { compareArticles } from '../compare/compare-articles.js';
import { inferMissingDates } from '../compare/infer-dates.js';
import { annotateArticle, defaultPipeline } from '../pipeline/default-pipeline.js';
import type { Store } from '../store/store.js';

/**
 * Compares a stored story's independent articles (copies repeat their original, so they are
 * left out). Annotations are cached in the store: an article whose provenance matches the
 * current pipeline's stage versions is used as stored, others are annotated and stored back
 * (same document, so no new version). Null when the story does not exist.
 */
export async function compareStory(store: Store, storyId: string, onStep?: (step: string) => void): Promise<Comparison | null> {
  const story = await store.getStory(storyId);
  if (!story) return null;
  const originals: Article[] = [];
  for (const id of story.articleIds) {
    if (await store.getDuplicate(id)) continue;
    const article = await store.getArticle(id);
    if (article) originals.push(article);
  }
  const inferredDates = inferMissingDates(originals);
  const annotated: Article[] = [];
  for (const article of originals) {
    if (isCurrent(article)) { annotated.push(article); continue; }
    const referenceDate = article.publishedAt ?? inferredDates[article.id];
    const fresh = annotateArticle(article, referenceDate ? { referenceDate } : {});
    await store.putArticle(fresh);
    annotated.push(fresh);
  }
  return compareArticles(annotated, { inferredDates, ...(onStep ? { onStep } : {}) });
}

function isCurrent(article: Article): boolean {
  const stages = defaultPipeline().stages;
  return stages.length > 0 && stages.every((stage) => article.provenance?.[stage.name] === stage.version);
}

/**
 * Story clustering, online: articles arrive one at a time in publication order and each joins
 * a story or opens one.
 *
 * ```ts
 * const clusterer = createStoryClusterer();            // or createStoryClusterer({}, savedSnapshot)
 * const { storyId, created } = clusterer.add(clusterInputFromArticle(article));
 * const stories = clusterer.stories();                 // Story[] (model/story.ts), creation order
 * const saved = clusterer.snapshot();                  // plain JSON; JSON.stringify it to store
 * ```
 *
 * Same inputs in the same order give the same story ids and members. Story ids are
 * `story-<hash of the first article id>`.
 */
export { createStoryClusterer, DEFAULT_JOIN_THRESHOLD } from './story-clusterer.js';
export type { Assignment, StoryClusterer, StoryClustererOptions } from './story-clusterer.js';
export { clusterInputFromArticle } from './cluster-input.js';
export type { ClusterInput } from './cluster-input.js';
export { countArticleFeatures } from './article-features.js';
export type { ArticleCounts } from './article-features.js';
export type { ClustererSnapshot } from './clusterer-snapshot.js';
export { snapshotFromParts } from './clusterer-snapshot.js';
export { DEFAULT_SIMILARITY } from './story-similarity.js';
export type { SimilarityOptions } from './story-similarity.js';

import { performance } from 'node:perf_hooks';
import { clusterInputFromArticle, createStoryClusterer, type StoryClustererOptions } from '../cluster/index.js';
import { extractArticle } from '../extract/extract-article.js';
import type { ExtractedArticle } from '../model/index.js';
import type { EvalOptions, EvalReport, EvalTask } from './eval-task.js';
import { scoreBCubed } from './stories-bcubed.js';
import { detectStorySet, readBasil, readEcbPlus, type StoryDocument } from './stories-data.js';

/**
 * `parallax eval stories --data …/stories/ecbplus | …/stories/basil`: online story clustering,
 * BCubed over documents, in the stream order ../shared/data/README.md fixes for each set.
 */
export const storiesEval: EvalTask = {
  name: 'stories',
  description: 'online story clustering, BCubed F1 on ECB+ (same-kind event pairs) or BASIL (three outlets per event)',
  run: async (options: EvalOptions): Promise<EvalReport> => runStoriesEval(options),
};

export function runStoriesEval(options: EvalOptions, clustererOptions: StoryClustererOptions = {}): EvalReport {
  const kind = detectStorySet(options.data);
  const all = kind === 'basil' ? readBasil(options.data) : readEcbPlus(options.data);
  const documents = options.limit === undefined ? all : all.slice(0, options.limit);
  const articles = documents.map(extractAsIngestWould);
  const clusterer = createStoryClusterer(clustererOptions);
  const started = performance.now();
  const predicted = new Map<string, string>();
  for (const article of articles) predicted.set(article.id, clusterer.add(clusterInputFromArticle(article)).storyId);
  const elapsedMs = performance.now() - started;
  const score = scoreBCubed(predicted, new Map(documents.map((document) => [document.id, document.gold])));
  const perSecond = (documents.length / elapsedMs) * 1000;
  return {
    task: 'stories',
    metrics: { ...score, documents: documents.length, documentsPerSecond: perSecond },
    lines: [
      `stories (${kind}): ${documents.length} documents of ${options.data}, one stream`,
      `BCubed F1 ${score.f1.toFixed(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}`,
      `stories found ${score.storiesFound}, gold ${score.storiesGold}`,
      `clustering ${perSecond.toFixed(0)} documents/s (after extraction)`,
    ],
  };
}

/** The same path `parallax ingest` takes for a plain-text record: a RawDocument with hints, then extraction. */
export function extractAsIngestWould(document: StoryDocument): ExtractedArticle {
  return extractArticle({
    source: document.id,
    format: 'text',
    body: document.text,
    hints: {
      id: document.id,
      ...(document.title ? { title: document.title } : {}),
      ...(document.publishedAt ? { publishedAt: document.publishedAt } : {}),
      ...(document.outlet ? { outlet: document.outlet } : {}),
      ...(document.url ? { url: document.url } : {}),
    },
    messages: [],
  });
}

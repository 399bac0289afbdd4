import type { Article } from '../model/index.js';
import { buildPipeline, type Pipeline } from './build-pipeline.js';
import { runPipeline } from './run-pipeline.js';
import type { Stage, StageContext } from './stage.js';
import { splitSentences } from '../annotate/split-sentences.js';
import { findEntities } from '../annotate/find-entities.js';
import { resolveDates } from '../annotate/resolve-dates.js';
import { findNumbers } from '../annotate/find-numbers.js';
import { findQuotes } from '../annotate/find-quotes.js';

/**
 * The default annotation stages, in order: sentences → entities → dates → numbers → quotes.
 * One literal list; no registration by import side effect.
 */
export function defaultStages(): Stage[] {
  return [
    splitSentences(),
    findEntities(),
    resolveDates(),
    findNumbers(),
    findQuotes(),
  ];
}

let cached: Pipeline | undefined;

/** The default pipeline, built (and checked) once per process. */
export function defaultPipeline(): Pipeline {
  cached ??= buildPipeline(defaultStages());
  return cached;
}

/** Annotates one extracted article with every default stage. */
export function annotateArticle(article: Article, context: StageContext = {}): Article {
  return runPipeline(defaultPipeline(), article, context);
}

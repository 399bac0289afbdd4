import type { Article } from '../model/index.js';
import type { Pipeline } from './build-pipeline.js';
import type { StageContext } from './stage.js';

/**
 * Runs each stage in order and records its version in `provenance`, so a store can tell which
 * articles an upgraded stage must re-run.
 */
export function runPipeline(pipeline: Pipeline, article: Article, context: StageContext = {}): Article {
  let current = article;
  for (const stage of pipeline.stages) {
    current = stage.run(current, context);
    current = { ...current, provenance: { ...current.provenance, [stage.name]: stage.version } };
  }
  return current;
}

import { EXTRACTED_FIELDS, ParallaxError, type ArticleField } from '../model/index.js';
import type { Stage } from './stage.js';

export interface Pipeline {
  stages: readonly Stage[];
  /** Every field the pipeline's output has. */
  provides: ReadonlySet<ArticleField>;
}

/**
 * Checks the order of stages before anything runs: each stage's requirements must be provided by
 * extraction or an earlier stage. A missing provider refuses to build, naming the stage to add,
 * when one of `known` provides the field.
 */
export function buildPipeline(stages: readonly Stage[], known: readonly Stage[] = []): Pipeline {
  const available = new Set<ArticleField>(EXTRACTED_FIELDS);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) {
      throw new ParallaxError('PX002', `The pipeline has two stages named "${stage.name}"; keep one.`);
    }
    names.add(stage.name);
    for (const field of stage.requires) {
      if (!available.has(field)) throw missingProvider(stage, field, known);
    }
    for (const field of stage.provides) available.add(field);
  }
  return { stages, provides: available };
}

function missingProvider(stage: Stage, field: ArticleField, known: readonly Stage[]): ParallaxError {
  const provider = known.find((candidate) => candidate.provides.includes(field));
  const advice = provider
    ? `add the stage "${provider.name}" before it`
    : 'add a stage that provides it before it';
  return new ParallaxError(
    'PX001',
    `Stage "${stage.name}" requires "${field}", which no earlier stage provides: ${advice}.`,
  );
}

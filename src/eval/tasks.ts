import type { EvalTask } from './eval-task.js';
import { datesEval } from './dates.js';
import { entitiesEval } from './entities.js';
import { extractionEval } from './extraction.js';
import { paraphraseEval } from './paraphrase.js';
import { quotesEval } from './quotes.js';
import { storiesEval } from './stories.js';
import { feedsEval } from './feeds.js';
import { warcEval } from './warc.js';

/** Every evaluation `parallax eval` knows, by name. Add a task here when you add its module. */
export const EVAL_TASKS: readonly EvalTask[] = [
  extractionEval,
  datesEval,
  paraphraseEval,
  storiesEval,
  feedsEval,
  warcEval,
  entitiesEval,
  quotesEval,
];

import type { EvalTask } from './eval-task.js';
import { datesEval } from './dates.js';
import { entitiesEval } from './entities.js';
import { extractionEval } from './extraction.js';
import { scrapedTextEval } from './scraped-text.js';
import { metadataEval } from './metadata.js';
import { paraphraseEval } from './paraphrase.js';
import { rougeDuc2004Eval } from './rouge-duc2004.js';
import { summariesEval } from './summaries.js';
import { compareEval } from './compare-basil.js';
import { quotesEval } from './quotes.js';
import { storiesEval } from './stories.js';
import { feedsEval } from './feeds.js';
import { warcEval } from './warc.js';

/** Every evaluation `parallax eval` knows, by name. Add a task here when you add its module. */
export const EVAL_TASKS: readonly EvalTask[] = [
  extractionEval,
  scrapedTextEval,
  datesEval,
  metadataEval,
  paraphraseEval,
  rougeDuc2004Eval,
  summariesEval,
  compareEval,
  storiesEval,
  feedsEval,
  warcEval,
  entitiesEval,
  quotesEval,
];

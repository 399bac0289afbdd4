import { statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findEntities } from '../annotate/find-entities.js';
import { splitSentences } from '../annotate/split-sentences.js';
import { TYPE_OF_KIND, type TagSpan } from '../annotate/entities/tagset.js';
import type { Article } from '../model/index.js';
import type { EvalOptions, EvalReport, EvalTask } from './eval-task.js';
import { documentText, readConll, type ConllDocument } from './entities-conll.js';
import { EntityScorer, scoreOf, type SpanCounts } from './entities-score.js';

/** Published CoNLL-2003 test-set F1 (../shared/data/README.md); the test file is held back. */
const REFERENCE_F1 = [
  'Stanford NER (Finkel et al. 2005), test F1 86.9',
  'feature-based perceptron/CRF taggers without external knowledge, test F1 about 83-85',
  'Ratinov & Roth 2009 (gazetteers, word clusters), test F1 90.8',
  'fine-tuned transformers, test F1 92-94',
];

/** `parallax eval entities --data …/conll2003/eng.testa`: conlleval over our whole stage chain. */
export const entitiesEval: EvalTask = {
  name: 'entities',
  description: 'named entities on CoNLL-2003 (conlleval: exact spans and types, P/R/F1)',
  run: async (options: EvalOptions): Promise<EvalReport> => runEntitiesEval(options),
};

function dataFile(options: EvalOptions): string {
  return statSync(options.data).isDirectory() ? join(options.data, options.split ?? 'eng.testa') : options.data;
}

/**
 * Predicted entity spans of one document as token-index spans: the text is built as the
 * held-back scorer builds it (tokens joined by spaces, one sentence a line), annotated by our
 * stages, and each character span mapped to the tokens it starts and ends in.
 */
export function predictDocument(document: ConllDocument): TagSpan[][] {
  const text = documentText(document);
  const tokenAt = new Int32Array(text.length).fill(-1);
  const sentenceOf: Array<[number, number]> = [];
  let offset = 0;
  document.sentences.forEach((sentence, sentenceIndex) => {
    sentence.words.forEach((word, wordIndex) => {
      tokenAt.fill(sentenceOf.length, offset, offset + word.length);
      sentenceOf.push([sentenceIndex, wordIndex]);
      offset += word.length + 1;
    });
  });
  let article = { text, messages: [] } as unknown as Article;
  article = findEntities().run(splitSentences().run(article, {}), {});
  const predicted: TagSpan[][] = document.sentences.map(() => []);
  for (const entity of article.entities ?? []) {
    const first = sentenceOf[tokenAt[entity.start]!];
    const last = sentenceOf[tokenAt[entity.end - 1]!];
    if (!first || !last || first[0] !== last[0]) continue;
    predicted[first[0]]!.push({ start: first[1], end: last[1] + 1, type: TYPE_OF_KIND[entity.kind] });
  }
  return predicted;
}

function runEntitiesEval(options: EvalOptions): EvalReport {
  const path = dataFile(options);
  const documents = readConll(path).slice(0, options.limit);
  const scorer = new EntityScorer();
  const started = performance.now();
  for (const document of documents) {
    const predicted = predictDocument(document);
    document.sentences.forEach((sentence, index) => scorer.add(sentence.entities, predicted[index]!));
  }
  const elapsedMs = performance.now() - started;
  const total = scoreOf(scorer.total());
  const metrics: Record<string, number> = { f1: total.f1, precision: total.precision, recall: total.recall };
  const lines = [`entities: ${documents.length} documents of ${path} (${(elapsedMs / 1000).toFixed(1)} s)`,
    `${'type'.padEnd(8)} ${'F1'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'gold'.padStart(6)}`,
    row('overall', scorer.total())];
  for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
    const counts = scorer.byType.get(type) ?? { correct: 0, predicted: 0, gold: 0 };
    metrics[`f1${type}`] = scoreOf(counts).f1;
    lines.push(row(type, counts));
  }
  lines.push('', 'reference numbers (CoNLL-2003 test set; dev eng.testa usually scores 3-5 points higher):',
    ...REFERENCE_F1.map((line) => `  ${line}`));
  return { task: 'entities', metrics, lines };
}

function row(label: string, counts: SpanCounts): string {
  const score = scoreOf(counts);
  const cells = [score.f1, score.precision, score.recall].map((value) => value.toFixed(3).padStart(6));
  return `${label.padEnd(8)} ${cells.join(' ')} ${String(counts.gold).padStart(6)}`;
}

import { performance } from 'node:perf_hooks';
import type { Article } from '../model/index.js';
import { defaultPipeline } from '../pipeline/default-pipeline.js';
import { runPipeline } from '../pipeline/run-pipeline.js';
import type { EvalOptions, EvalReport, EvalTask } from './eval-task.js';
import { readPolnearSplit, type PolnearArticle } from './quotes-data.js';
import { addCounts, matchArticle, scoreCounts, type PredictedQuote, type QuoteCounts } from './quotes-score.js';

/** Published points on the same task, other data (../shared/data/README.md). */
const REFERENCES = [
  'Gender Gap Tracker (Canadian news)  F1 0.837  speaker accuracy 0.865',
  'BBC Citron (PARC 3.0)               overlap F1 0.832',
  'PolNeAR human agreement             0.923 attribution-wise',
];

/** `parallax eval quotes --data …/quotes/polnear --split dev`: quoted segments with speakers. */
export const quotesEval: EvalTask = {
  name: 'quotes',
  description: 'direct and partial quotations with their speakers on PolNeAR (token-overlap F1, speaker accuracy)',
  run: async (options: EvalOptions): Promise<EvalReport> => runQuotesEval(options),
};

function runQuotesEval(options: EvalOptions): EvalReport {
  const split = options.split ?? 'dev';
  const articles = readPolnearSplit(options.data, split, options.limit);
  const started = performance.now();
  let counts: QuoteCounts = { predicted: 0, gold: 0, matched: 0, speakerChecked: 0, speakerRight: 0 };
  for (const polnear of articles) counts = addCounts(counts, matchArticle(goldOf(polnear), predictionsOf(polnear)).counts);
  const elapsedMs = performance.now() - started;
  const score = scoreCounts(counts);
  return {
    task: 'quotes',
    metrics: { ...score, articles: articles.length, gold: counts.gold, predicted: counts.predicted, msPerArticle: elapsedMs / articles.length },
    lines: [
      `quotes: ${articles.length} PolNeAR ${split} articles, ${counts.gold} gold quoted segments, ${counts.predicted} attributed quotes predicted`,
      `parallax  F1 ${score.f1.toFixed(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  speaker accuracy ${score.speakerAccuracy.toFixed(3)} (${counts.speakerRight}/${counts.speakerChecked})  ${(elapsedMs / articles.length).toFixed(1)} ms an article`,
      'reference points:',
      ...REFERENCES.map((line) => `  ${line}`),
    ],
  };
}

function goldOf(polnear: PolnearArticle): { content: string; source: string | null }[] {
  return polnear.gold.map((segment) => ({ content: polnear.text.slice(segment.content.start, segment.content.end), source: segment.source }));
}

/** Our attributed quotations, from the full default pipeline (entities and coreference included). */
export function predictionsOf(polnear: PolnearArticle): PredictedQuote[] {
  const article = annotate(polnear);
  return (article.quotes ?? [])
    .filter((quote) => quote.speaker !== undefined && quote.kind !== 'indirect')
    .map((quote) => ({
      content: article.text.slice(quote.content.start, quote.content.end),
      speakerMention: article.text.slice(quote.speaker!.start, quote.speaker!.end),
      speakerName: quote.speakerName ?? '',
    }));
}

function annotate(polnear: PolnearArticle): Article {
  const article: Article = {
    id: polnear.name, source: polnear.name, url: null, outlet: null, title: null, authors: [],
    publishedAt: null, language: 'en', dateline: null, captions: [], credits: [], text: polnear.text, messages: [],
  };
  return runPipeline(defaultPipeline(), article);
}

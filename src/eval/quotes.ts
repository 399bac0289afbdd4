import { performance } from 'node:perf_hooks';
import type { Article, Quote } from '../model/index.js';
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

const NO_COUNTS: QuoteCounts = { predicted: 0, gold: 0, matched: 0, speakerChecked: 0, speakerRight: 0 };

/**
 * `parallax eval quotes --data …/quotes/polnear --split dev`: quoted segments with speakers, as
 * the README defines them; beside it, all reported speech (indirect included) against every
 * attribution's whole Content span, with the same matching.
 */
export const quotesEval: EvalTask = {
  name: 'quotes',
  description: 'direct and partial quotations with their speakers on PolNeAR (token-overlap F1, speaker accuracy); indirect speech against all attributions',
  run: async (options: EvalOptions): Promise<EvalReport> => runQuotesEval(options),
};

function runQuotesEval(options: EvalOptions): EvalReport {
  const split = options.split ?? 'dev';
  const articles = readPolnearSplit(options.data, split, options.limit);
  const started = performance.now();
  let quoted = NO_COUNTS;
  let reported = NO_COUNTS;
  for (const polnear of articles) {
    const article = annotate(polnear);
    quoted = addCounts(quoted, matchArticle(goldOf(polnear), quotedPredictions(article)).counts);
    reported = addCounts(reported, matchArticle(polnear.attributions, reportedPredictions(article)).counts);
  }
  const elapsedMs = performance.now() - started;
  const score = scoreCounts(quoted);
  const all = scoreCounts(reported);
  return {
    task: 'quotes',
    metrics: {
      ...score, articles: articles.length, gold: quoted.gold, predicted: quoted.predicted, msPerArticle: elapsedMs / articles.length,
      attributionF1: all.f1, attributionPrecision: all.precision, attributionRecall: all.recall, attributionSpeakerAccuracy: all.speakerAccuracy,
    },
    lines: [
      `quotes: ${articles.length} PolNeAR ${split} articles, ${quoted.gold} gold quoted segments, ${quoted.predicted} attributed quotes predicted`,
      formatRow('parallax', score, quoted, `${(elapsedMs / articles.length).toFixed(1)} ms an article (whole default pipeline)`),
      `all reported speech (direct, partial, indirect) against ${reported.gold} attribution Content spans:`,
      formatRow('parallax', all, reported, `${reported.predicted} predicted`),
      'reference points:',
      ...REFERENCES.map((line) => `  ${line}`),
    ],
  };
}

function formatRow(system: string, score: ReturnType<typeof scoreCounts>, counts: QuoteCounts, note: string): string {
  return `${system}  F1 ${score.f1.toFixed(3)}  P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  speaker accuracy ${score.speakerAccuracy.toFixed(3)} (${counts.speakerRight}/${counts.speakerChecked})  ${note}`;
}

function goldOf(polnear: PolnearArticle): { content: string; source: string | null }[] {
  return polnear.gold.map((segment) => ({ content: polnear.text.slice(segment.content.start, segment.content.end), source: segment.source }));
}

/** The README's predictions: direct and partial quotations that have a speaker. */
function quotedPredictions(article: Article): PredictedQuote[] {
  return attributed(article).filter((quote) => quote.kind !== 'indirect').map((quote) => predicted(article, quote));
}

/** Reported speech as units: indirect clauses, direct quotations, and fragments no indirect clause holds. */
function reportedPredictions(article: Article): PredictedQuote[] {
  const quotes = attributed(article);
  const clauses = quotes.filter((quote) => quote.kind === 'indirect');
  const inClause = (quote: Quote): boolean => clauses.some((clause) => clause.content.start <= quote.content.start && quote.content.end <= clause.content.end);
  return quotes.filter((quote) => quote.kind !== 'partial' || !inClause(quote)).map((quote) => predicted(article, quote));
}

function attributed(article: Article): Quote[] {
  return (article.quotes ?? []).filter((quote) => quote.speaker !== undefined);
}

function predicted(article: Article, quote: Quote): PredictedQuote {
  return {
    content: article.text.slice(quote.content.start, quote.content.end),
    speakerMention: article.text.slice(quote.speaker!.start, quote.speaker!.end),
    speakerName: quote.speakerName ?? '',
  };
}

/** Each text as an Article through the full default pipeline, so entities and coreference are used. */
function annotate(polnear: PolnearArticle): Article {
  const article: Article = {
    id: polnear.name, source: polnear.name, url: null, outlet: null, title: null, authors: [],
    publishedAt: null, language: 'en', dateline: null, captions: [], credits: [], text: polnear.text, messages: [],
  };
  return runPipeline(defaultPipeline(), article);
}

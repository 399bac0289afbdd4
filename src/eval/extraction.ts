import { performance } from 'node:perf_hooks';
import { extractArticle } from '../extract/extract-article.js';
import type { EvalOptions, EvalReport, EvalTask } from './eval-task.js';
import { readGoldPages, readPageHtml, readPublishedOutputs, type ExtractionPage } from './extraction-data.js';
import { aggregateScore, matchPage, type ExtractionScore, type PageMatch } from './extraction-score.js';

/** F1 / precision / recall published for the ScrapingHub set (../shared/data/README.md); some list F1 only. */
const PUBLISHED: Record<string, readonly number[]> = {
  rs_trafilatura: [0.97, 0.951, 0.99],
  trafilatura: [0.958, 0.938, 0.978],
  readability_js: [0.947, 0.914, 0.982],
  newspaper: [0.949],
  news_please: [0.948],
  readability: [0.922],
  goose3: [0.896],
  justext: [0.804],
  'html-text': [0.665],
};
/**
 * The scorer is proven when every published number is reproduced from the published outputs
 * to this tolerance (they are printed to three decimals, so half a unit of the last digit plus
 * rounding slack).
 */
const SCORER_TOLERANCE = 0.002;
/** How many of the lowest-scoring pages the report names, to show where to look next. */
const WORST_PAGES_SHOWN = 8;

/** `parallax eval extraction --data …/extraction/scrapinghub`: main-text extraction, shingle F1. */
export const extractionEval: EvalTask = {
  name: 'extraction',
  description: 'main-content extraction from HTML, 4-gram shingle F1 on the ScrapingHub pages',
  run: async (options: EvalOptions): Promise<EvalReport> => runExtractionEval(options),
};

function runExtractionEval(options: EvalOptions): EvalReport {
  const pages = readGoldPages(options.data, options.limit);
  const started = performance.now();
  const matches = pages.map((page) => matchPage(page.goldBody, extractBody(options.data, page)));
  const elapsedMs = performance.now() - started;
  const ours = aggregateScore(matches);
  const lines = [
    `extraction: ${pages.length} pages of ${options.data}`,
    `${'system'.padEnd(16)} ${'F1'.padStart(6)} ${'P'.padStart(6)} ${'R'.padStart(6)}   published F1 / P / R`,
    formatRow('parallax', ours, `${(elapsedMs / pages.length).toFixed(1)} ms a page (read + parse + extract)`),
  ];
  let largestDeviation = 0;
  for (const [system, bodies] of readPublishedOutputs(options.data)) {
    const score = aggregateScore(pages.map((page) => matchPage(page.goldBody, bodies.get(page.id) ?? '')));
    const published = PUBLISHED[system] ?? [];
    const reproduced = [score.f1, score.precision, score.recall];
    published.forEach((value, index) => (largestDeviation = Math.max(largestDeviation, Math.abs(value - (reproduced[index] ?? 0)))));
    lines.push(formatRow(system, score, published.map((value) => value.toFixed(3)).join(' / ')));
  }
  // A partial run (--limit) cannot reproduce whole-set numbers: the check only counts on all pages.
  const scorerReproduced = options.limit === undefined && largestDeviation <= SCORER_TOLERANCE ? 1 : 0;
  lines.push(
    `scorer check: published numbers reproduced within ${largestDeviation.toFixed(4)} (tolerance ${SCORER_TOLERANCE}): ${scorerReproduced ? 'yes' : 'no'}`,
    '',
    `lowest-scoring pages for parallax (F1, id, url):`,
    ...worstPages(pages, matches),
  );
  return {
    task: 'extraction',
    metrics: { f1: ours.f1, precision: ours.precision, recall: ours.recall, pages: pages.length, msPerPage: elapsedMs / pages.length, scorerReproduced },
    lines,
  };
}

function extractBody(dataDir: string, page: ExtractionPage): string {
  const html = readPageHtml(dataDir, page.id);
  return extractArticle({ source: page.id, format: 'html', body: html, hints: {}, messages: [] }).text;
}

function formatRow(system: string, score: ExtractionScore, note: string): string {
  const cells = [score.f1, score.precision, score.recall].map((value) => value.toFixed(3).padStart(6));
  return `${system.padEnd(16)} ${cells.join(' ')}   ${note}`;
}

function worstPages(pages: readonly ExtractionPage[], matches: readonly PageMatch[]): string[] {
  return pages
    .map((page, index) => ({ page, f1: pageF1(matches[index] ?? { tp: 0, fp: 0, fn: 1 }) }))
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, WORST_PAGES_SHOWN)
    .map(({ page, f1 }) => `  ${f1.toFixed(3)}  ${page.id.slice(0, 12)}  ${page.url ?? ''}`);
}

function pageF1(match: PageMatch): number {
  return match.tp === 0 ? 0 : (2 * match.tp) / (2 * match.tp + match.fp + match.fn);
}

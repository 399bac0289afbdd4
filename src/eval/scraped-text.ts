import { performance } from 'node:perf_hooks';
import { cleanScrapedText } from '../extract/scraped-text/clean-scraped-text.js';
import type { EvalOptions, EvalReport, EvalTask } from './eval-task.js';
import { readGoldPages, readPublishedOutputs, type ExtractionPage } from './extraction-data.js';
import { aggregateScore, matchPage, type ExtractionScore } from './extraction-score.js';

/**
 * `parallax eval scraped-text --data …/extraction/scrapinghub`: scraped-text cleanup measured on
 * real scraped text. Eleven published extractors' outputs for the 181 pages are exactly the kind
 * of text cleanup receives (bodies with leftover chrome, captions and credits); each is scored
 * with the ScrapingHub shingle metric before and after cleanup. The gold bodies themselves are
 * cleaned too: their recall says how much real article text cleanup cuts.
 */
export const scrapedTextEval: EvalTask = {
  name: 'scraped-text',
  description: 'scraped-text cleanup: shingle F1 of published extractors’ outputs before and after cleanup, and gold text kept',
  run: async (options: EvalOptions): Promise<EvalReport> => runScrapedTextEval(options),
};

function runScrapedTextEval(options: EvalOptions): EvalReport {
  const pages = readGoldPages(options.data, options.limit);
  const systems = readPublishedOutputs(options.data);
  systems.set('gold', new Map(pages.map((page) => [page.id, page.goldBody])));
  const lines = [
    `scraped-text: ${pages.length} pages of ${options.data}, each system's output before → after cleanup`,
    `${'system'.padEnd(16)} ${'F1'.padStart(15)} ${'P'.padStart(15)} ${'R'.padStart(15)}`,
  ];
  const gains: number[] = [];
  const metrics: Record<string, number> = {};
  let cleanedChars = 0;
  let cleanupMs = 0;
  for (const [system, bodies] of systems) {
    const before = score(pages, (page) => bodies.get(page.id) ?? '');
    const started = performance.now();
    const after = score(pages, (page) => {
      const body = bodies.get(page.id) ?? '';
      cleanedChars += body.length;
      return cleanScrapedText(body).text;
    });
    cleanupMs += performance.now() - started;
    lines.push(formatRow(system, before, after));
    if (system === 'gold') metrics.goldRecall = after.recall;
    else gains.push(after.f1 - before.f1);
    if (system === 'readability_js') metrics.readabilityJsF1 = after.f1;
    if (system === 'html-text') metrics.htmlTextPrecision = after.precision;
  }
  metrics.meanF1Gain = gains.reduce((sum, gain) => sum + gain, 0) / Math.max(1, gains.length);
  metrics.charsPerMs = cleanedChars / Math.max(1, cleanupMs);
  lines.push('', `mean F1 gain over ${gains.length} systems: ${metrics.meanF1Gain.toFixed(4)}; gold text kept (recall): ${(metrics.goldRecall ?? 0).toFixed(4)}`);
  lines.push(`cleanup speed: ${Math.round(metrics.charsPerMs)} characters a millisecond (scoring included)`);
  return { task: 'scraped-text', metrics, lines };
}

function score(pages: readonly ExtractionPage[], body: (page: ExtractionPage) => string): ExtractionScore {
  return aggregateScore(pages.map((page) => matchPage(page.goldBody, body(page))));
}

function formatRow(system: string, before: ExtractionScore, after: ExtractionScore): string {
  const cell = (from: number, to: number): string => `${from.toFixed(3)} → ${to.toFixed(3)}`.padStart(15);
  return `${system.padEnd(16)} ${cell(before.f1, after.f1)} ${cell(before.precision, after.precision)} ${cell(before.recall, after.recall)}`;
}

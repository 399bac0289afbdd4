import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { extractMetadata, type PageMetadata } from '../extract/metadata/extract-metadata.js';
import type { EvalOptions, EvalReport, EvalTask } from './eval-task.js';
import { readDatedPageHtml, readDatedPages, type DatedPage } from './dates-data.js';

/** Published on htmldate's full 1,000-page evaluation (this set plus 800 held-back pages). */
const PUBLISHED = [
  'htmldate        accuracy 0.903, F 0.949 (full 1,000-page set)',
  'newspaper4k     F 0.810',
  'news-please     F 0.810',
  'goose3          F 0.706',
];
/** How many wrong pages the report lists, to show where to look next. */
const WRONG_PAGES_SHOWN = 15;

/** `parallax eval dates --data …/dates/htmldate`: publication day, accuracy to the day. */
export const datesEval: EvalTask = {
  name: 'dates',
  description: 'publication date of news pages in many languages, accuracy to the day (htmldate set)',
  run: async (options: EvalOptions): Promise<EvalReport> => runDatesEval(options),
};

interface DatedResult {
  page: DatedPage;
  withUrl: PageMetadata;
  withoutUrl: PageMetadata;
}

function runDatesEval(options: EvalOptions): EvalReport {
  const scored = readDatedPages(options.data, options.limit).filter((page) => page.goldDate !== null);
  const started = performance.now();
  const results = scored.map((page) => datePage(options.data, page));
  const msPerPage = (performance.now() - started) / Math.max(1, scored.length) / 2;
  const accuracy = share(results, (result) => isRight(result.withUrl, result.page));
  const accuracyWithoutUrl = share(results, (result) => isRight(result.withoutUrl, result.page));
  const coverage = share(results, (result) => result.withUrl.publishedAt !== null);
  // As htmldate scores itself: a wrong date is a false positive, no date a false negative.
  const precision = coverage === 0 ? 0 : accuracy / coverage;
  const f = precision + accuracy === 0 ? 0 : (2 * precision * accuracy) / (precision + accuracy);
  const lines = [
    `dates: ${scored.length} scored pages of ${options.data} (gold NaN left out)`,
    `parallax        accuracy ${accuracy.toFixed(3)}, F ${f.toFixed(3)} (precision ${precision.toFixed(3)}) with the page URL; accuracy ${accuracyWithoutUrl.toFixed(3)} without`,
    `                a date on ${(coverage * 100).toFixed(1)}% of pages; ${msPerPage.toFixed(1)} ms a page (parse + metadata)`,
    ...PUBLISHED,
    '',
    'by source of the date (pages, right):',
    ...bySource(results),
    '',
    'wrong pages (gold, ours, source, url):',
    ...results
      .filter((result) => !isRight(result.withUrl, result.page))
      .slice(0, WRONG_PAGES_SHOWN)
      .map(({ page, withUrl }) => `  ${page.goldDate}  ${(withUrl.publishedAt ?? '-').padEnd(25)} ${(withUrl.publishedAtSource ?? '-').padEnd(12)} ${page.file}  ${page.url.slice(0, 70)}`),
  ];
  return { task: 'dates', metrics: { accuracy, accuracyWithoutUrl, precision, f, coverage, pages: scored.length, msPerPage }, lines };
}

function datePage(dataDir: string, page: DatedPage): DatedResult {
  const html = readDatedPageHtml(dataDir, page);
  const document = parseHTML(html).document as unknown as Document;
  return {
    page,
    withUrl: extractMetadata(document, { url: page.url }),
    withoutUrl: extractMetadata(document),
  };
}

/** Right to the day: the date part as the page states it, never converted to UTC. */
function isRight(metadata: PageMetadata, page: DatedPage): boolean {
  return metadata.publishedAt !== null && metadata.publishedAt.slice(0, 10) === page.goldDate;
}

function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return items.length === 0 ? 0 : items.filter(predicate).length / items.length;
}

function bySource(results: readonly DatedResult[]): string[] {
  const counts = new Map<string, { pages: number; right: number }>();
  for (const result of results) {
    const source = result.withUrl.publishedAtSource ?? 'none';
    const count = counts.get(source) ?? { pages: 0, right: 0 };
    count.pages += 1;
    if (isRight(result.withUrl, result.page)) count.right += 1;
    counts.set(source, count);
  }
  return [...counts].sort((a, b) => b[1].pages - a[1].pages).map(([source, count]) => `  ${source.padEnd(14)} ${String(count.pages).padStart(4)} ${String(count.right).padStart(4)}`);
}

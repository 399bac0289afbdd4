import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/extract/extract-article.js';
import { readGoldPages, readPageHtml } from '../src/eval/extraction-data.js';
import { aggregateScore, matchPage } from '../src/eval/extraction-score.js';

/** The systems bench:extract compares, each run alone in a child process. */
export const SYSTEMS = ['parallax', 'readability-jsdom'] as const;
export type SystemName = (typeof SYSTEMS)[number];

/** One child's measurement of one system over every page, once. */
export interface SystemResult {
  system: SystemName;
  pages: number;
  /** Pages a second of wall-clock time. */
  pagesPerSecond: number;
  /** Pages a second of this process's CPU time (user + system): steadier on a shared, loaded machine. */
  pagesPerCpuSecond: number;
  peakRssMb: number;
  peakHeapMb: number;
  f1: number;
  precision: number;
  recall: number;
}

type Extractor = (html: string, url: string | null) => string;

/** Pages that warm the JIT before the clock starts (the first pages of the set, not timed). */
const WARMUP_PAGES = 10;

export async function runSystem(system: SystemName, data: string): Promise<SystemResult> {
  const pages = readGoldPages(data).map((page) => ({ ...page, html: readPageHtml(data, page.id) }));
  const extract = system === 'parallax' ? parallaxExtractor() : await readabilityJsdomExtractor();
  for (const page of pages.slice(0, WARMUP_PAGES)) extract(page.html, page.url);
  let peakHeap = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const bodies = pages.map((page) => {
    const body = extract(page.html, page.url);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    return body;
  });
  const elapsedSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const score = aggregateScore(pages.map((page, index) => matchPage(page.goldBody, bodies[index] ?? '')));
  return {
    system,
    pages: pages.length,
    pagesPerSecond: pages.length / elapsedSeconds,
    pagesPerCpuSecond: pages.length / ((cpu.user + cpu.system) / 1e6),
    // maxRSS is the process's peak resident set, in kilobytes.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
    f1: score.f1,
    precision: score.precision,
    recall: score.recall,
  };
}

function parallaxExtractor(): Extractor {
  return (html, url) =>
    extractArticle({ source: url ?? 'page', format: 'html', body: html, hints: {}, messages: [] }).text;
}

/** Readability.js 0.6 as its README shows it: a jsdom document, parse(), textContent. */
async function readabilityJsdomExtractor(): Promise<Extractor> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // jsdom reports CSS it cannot parse on the console; the bench output stays readable without it.
  const virtualConsole = new VirtualConsole();
  const parse = (html: string, url: string | null): string => {
    const dom = new JSDOM(html, { url: url ?? undefined, virtualConsole });
    const text = new Readability(dom.window.document).parse()?.textContent ?? '';
    dom.window.close();
    return text;
  };
  return (html, url) => {
    try {
      return parse(html, url);
    } catch {
      // jsdom 29's CSS parser throws on some pages' SCSS-like style attributes and blocks;
      // those pages are read again without styles, as a browser would simply ignore the CSS.
      return parse(html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '').replace(/\sstyle="[^"]*"/gi, ''), url);
    }
  };
}

import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/extract/extract-article.js';

/** How one synthetic worst case went: time, the process's peak memory, and the messages given. */
export interface StressResult {
  name: string;
  inputMb: number;
  milliseconds: number;
  peakRssMb: number;
  textChars: number;
  messageCodes: string[];
}

const PARAGRAPH = '<div class="x"><p>Lorem ipsum dolor sit amet, <a href="/x">consectetur</a> adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p></div>\n';
const NESTING_LEVELS = 100_000;
const LARGE_PAGE_BYTES = 20 * 1024 * 1024;

/** A page of 20 MB of paragraphs, then one nested 100,000 levels deep; run in a child of its own. */
export function runStressPages(): StressResult[] {
  const large = `<html><body><article>${PARAGRAPH.repeat(Math.ceil(LARGE_PAGE_BYTES / PARAGRAPH.length))}</article></body></html>`;
  const deep = `<html><body>${'<div>'.repeat(NESTING_LEVELS)}<p>A deeply nested paragraph, with some words.</p>${'</div>'.repeat(NESTING_LEVELS)}</body></html>`;
  return [measure('20 MB of paragraphs', large), measure('100,000 levels deep', deep)];
}

function measure(name: string, html: string): StressResult {
  const started = performance.now();
  const article = extractArticle({ source: name, format: 'html', body: html, hints: {}, messages: [] });
  return {
    name,
    inputMb: html.length / 1024 / 1024,
    milliseconds: performance.now() - started,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    textChars: article.text.length,
    messageCodes: article.messages.map((message) => message.code),
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParallaxError } from '../model/index.js';
import { decodeHtmlBytes } from './decode-html-bytes.js';

/** One page of the htmldate set (../shared/data/dates/htmldate): its URL, file and gold day. */
export interface DatedPage {
  url: string;
  file: string;
  /** "YYYY-MM-DD", or null where the gold says NaN (left out of the score). */
  goldDate: string | null;
}

/** gold.json = {url: {file, date}}; five dates are the bare token NaN, which JSON cannot parse. */
export function readDatedPages(dataDir: string, limit?: number): DatedPage[] {
  const goldPath = join(dataDir, 'gold.json');
  if (!existsSync(goldPath)) {
    throw new ParallaxError('PX030', `No gold.json in ${dataDir}; pass the dates/htmldate folder with --data.`);
  }
  const source = readFileSync(goldPath, 'utf8').replace(/^\uFEFF/, '').replace(/:\s*NaN\b/g, ': null');
  const gold = JSON.parse(source) as Record<string, { file?: string; date?: string | null }>;
  const pages = Object.entries(gold)
    .filter(([, entry]) => typeof entry.file === 'string')
    .map(([url, entry]) => ({ url, file: entry.file as string, goldDate: typeof entry.date === 'string' ? entry.date : null }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return limit === undefined ? pages : pages.slice(0, limit);
}

export function readDatedPageHtml(dataDir: string, page: DatedPage): string {
  return decodeHtmlBytes(readFileSync(join(dataDir, 'pages', page.file)));
}

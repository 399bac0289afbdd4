import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ParallaxError } from '../model/index.js';
import { decodeHtmlBytes } from './decode-html-bytes.js';

/**
 * One page of Readability.js's test pages (../shared/data/extraction/readability-pages):
 * `<slug>/source.html` and `<slug>/expected-metadata.json`, Readability's own output.
 */
export interface ReferenceMetadataPage {
  slug: string;
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
}

export function readReferenceMetadataPages(dataDir: string, limit?: number): ReferenceMetadataPage[] {
  if (!existsSync(dataDir)) {
    throw new ParallaxError('PX030', `No folder ${dataDir}; pass the extraction/readability-pages folder with --data.`);
  }
  const slugs = readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dataDir, entry.name, 'expected-metadata.json')))
    .map((entry) => entry.name)
    .sort();
  const pages = slugs.map((slug) => toPage(slug, readJson(join(dataDir, slug, 'expected-metadata.json'))));
  return limit === undefined ? pages : pages.slice(0, limit);
}

export function readReferencePageHtml(dataDir: string, slug: string): string {
  return decodeHtmlBytes(readFileSync(join(dataDir, slug, 'source.html')));
}

function toPage(slug: string, expected: Record<string, unknown>): ReferenceMetadataPage {
  const text = (key: string): string | null => (typeof expected[key] === 'string' ? (expected[key] as string) : null);
  return { slug, title: text('title'), byline: text('byline'), publishedTime: text('publishedTime'), siteName: text('siteName'), lang: text('lang') };
}

function readJson(path: string): Record<string, unknown> {
  // NaN is not valid JSON but occurs in published data sets; none is expected here.
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '').replace(/:\s*NaN\b/g, ': null')) as Record<string, unknown>;
}

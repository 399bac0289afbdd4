import { normalizeLine } from '../../text/normalize.js';
import { findAuthors } from './find-authors.js';
import { findLanguage } from './find-language.js';
import { findPublishedDate, type DateSource } from './find-published-date.js';
import { findTitle } from './find-title.js';
import { createPageIndex } from './page-index.js';
import { readJsonLdArticle } from './json-ld-article.js';
import { readJsonLd } from './read-json-ld.js';
import { firstMeta, readMetaTags } from './read-meta-tags.js';

/** Metadata read from a page before its content is extracted. */
export interface PageMetadata {
  title: string | null;
  authors: string[];
  /** ISO 8601 as precise as the page says: "2017-04-13", or with time and the page's own offset. */
  publishedAt: string | null;
  /** Which source of the cascade gave publishedAt (for diagnostics and evaluation). */
  publishedAtSource: DateSource | null;
  /** The site's name as it declares it; else its host name ("example.com"), which still tells outlets apart. */
  outlet: string | null;
  url: string | null;
  /** BCP 47 tag. */
  language: string | null;
}

export interface MetadataOptions {
  /** The address the page was fetched from, when the caller knows it: its path may hold the date. */
  url?: string | null;
}

/**
 * Title, authors, publication date, outlet, canonical URL and language of an HTML page, by a
 * cascade over what the page declares for machines (JSON-LD, meta tags, microdata) and what it
 * prints. Reads the DOM only; never changes it (content extraction runs on it afterwards).
 */
export function extractMetadata(document: Document, options: MetadataOptions = {}): PageMetadata {
  const meta = readMetaTags(document);
  const index = createPageIndex(document);
  const jsonLd = readJsonLdArticle(readJsonLd(document));
  const outlet = withoutTagline(clean(firstMeta(meta, ['og:site_name']) ?? jsonLd.outlet ?? firstMeta(meta, ['application-name', 'publisher', 'dc.publisher'])));
  const url = canonicalUrl(document, firstMeta(meta, ['og:url']) ?? jsonLd.url) ?? options.url ?? null;
  const language = findLanguage(document, meta, jsonLd.language);
  const title = findTitle(document, meta, jsonLd, { outlet, url });
  const published = findPublishedDate({ index, meta, jsonLd, urls: [options.url ?? null, url], language, title });
  return {
    title,
    authors: findAuthors(index, meta, jsonLd.authors, outlet),
    publishedAt: published?.value ?? null,
    publishedAtSource: published?.source ?? null,
    outlet: outlet ?? hostName(url),
    url,
    language,
  };
}

function canonicalUrl(document: Document, declared: string | null): string | null {
  const candidates = [document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null, declared];
  return candidates.find((candidate) => candidate !== null && /^https?:\/\//i.test(candidate.trim()))?.trim() ?? null;
}

/** A site name is a few words; more after a separator are its slogan ("Aktuálně.cz - Víte, co se právě děje"). */
const MAX_SITE_NAME_WORDS = 4;

function withoutTagline(name: string | null): string | null {
  const [first, ...rest] = name?.split(/\s+[|\-–—:]\s+/) ?? [];
  if (first === undefined || rest.length === 0) return name;
  return first.split(/\s+/).length <= MAX_SITE_NAME_WORDS ? first : name;
}

function hostName(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function clean(value: string | null): string | null {
  if (value === null) return null;
  const line = normalizeLine(value);
  return line.length > 0 ? line : null;
}

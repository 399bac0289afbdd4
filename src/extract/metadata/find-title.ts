import { normalizeLine } from '../../text/normalize.js';
import type { JsonLdArticle } from './json-ld-article.js';
import { firstMeta, type MetaTags } from './read-meta-tags.js';

/** Separators between a headline and the site's name in `<title>` and og:title. */
const SEPARATOR = String.raw`\s+[|\-–—:·•»/]\s+|\s*[|·•»]\s*`;

/**
 * The headline: OpenGraph, JSON-LD, Twitter or Dublin Core title, else `<title>`, else the first
 * `<h1>`; without the site's name where it is known and printed before or after a separator.
 */
export function findTitle(
  document: Document,
  meta: MetaTags,
  jsonLd: JsonLdArticle,
  site: { outlet: string | null; url: string | null },
): string | null {
  const raw =
    firstMeta(meta, ['og:title']) ??
    jsonLdTitle(jsonLd, textOf(document.querySelector('title'))) ??
    firstMeta(meta, ['twitter:title', 'dc.title', 'dcterms.title', 'title']) ??
    textOf(document.querySelector('title')) ??
    textOf(document.querySelector('h1'));
  if (raw === null) return null;
  const title = normalizeLine(raw);
  const names = siteNames(meta, site.outlet, site.url);
  const stripped = stripSiteName(title, names);
  return (stripped === title ? stripLastPipeSegment(title) : stripped) || null;
}

/** A trailing segment this short after a pipe is a site or section name, not headline words. */
const MAX_TRAILING_SEGMENT_WORDS = 6;
/** What remains must still read as a headline. */
const MIN_HEADLINE_WORDS = 3;

/**
 * "Headline | Section | Site" with a site name we do not know: the last pipe segment goes when
 * it is short and the rest is a headline. Only the pipe: headlines themselves contain dashes
 * and colons, but almost never a pipe.
 */
function stripLastPipeSegment(title: string): string {
  const cut = title.lastIndexOf(' | ');
  if (cut < 0) return title;
  const head = title.slice(0, cut).trim();
  const tail = title.slice(cut + 3).trim();
  const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
  return words(tail) <= MAX_TRAILING_SEGMENT_WORDS && words(head) >= MIN_HEADLINE_WORDS ? head : title;
}

/** Headline and name of the JSON-LD article: the one the page's `<title>` prints, else the headline. */
function jsonLdTitle(jsonLd: JsonLdArticle, documentTitle: string | null): string | null {
  if (jsonLd.name === null || jsonLd.title === null || documentTitle === null) return jsonLd.title;
  const printed = documentTitle.toLowerCase();
  if (printed.includes(jsonLd.title.toLowerCase())) return jsonLd.title;
  return printed.includes(jsonLd.name.toLowerCase()) ? jsonLd.name : jsonLd.title;
}

/** The names a site may print beside its headlines: the outlet, application-name, the host. */
function siteNames(meta: MetaTags, outlet: string | null, url: string | null): string[] {
  const names = [outlet, firstMeta(meta, ['application-name', 'apple-mobile-web-app-title', 'og:site_name'])];
  const host = url ? hostName(url) : null;
  if (host) names.push(host, host.replace(/\.[a-z]+$/i, ''));
  // A site name with a tagline ("Aktuálně.cz - Víte, co se právě děje") is printed by its first part.
  const withShortForms = names.flatMap((name) => (name ? [name, name.split(/\s+[|\-–—:]\s+/)[0]!] : []));
  return [...new Set(withShortForms.map(normalizeLine).filter((name) => name.length > 0))];
}

export function stripSiteName(title: string, names: readonly string[]): string {
  for (const name of names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const suffix = new RegExp(`(?:${SEPARATOR})${escaped}$`, 'iu');
    const prefix = new RegExp(`^${escaped}(?:${SEPARATOR})`, 'iu');
    const stripped = title.replace(suffix, '').replace(prefix, '').trim();
    if (stripped !== title && stripped.length > 0) return stripped;
  }
  return title;
}

function hostName(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function textOf(element: Element | null): string | null {
  const text = element?.textContent?.trim();
  return text ? text : null;
}

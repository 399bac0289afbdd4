import { normalizeLine } from '../../text/normalize.js';
import { firstMeta, type MetaTags } from './read-meta-tags.js';

/** Separators between a headline and the site's name in `<title>` and og:title. */
const SEPARATOR = String.raw`\s+[|\-–—:·•»/]\s+|\s*[|·•»]\s*`;

/**
 * The headline: OpenGraph, JSON-LD, Twitter or Dublin Core title, else `<title>`, else the first
 * `<h1>`; without the site's name where it is known and printed before or after a separator.
 */
export function findTitle(document: Document, meta: MetaTags, jsonLdTitle: string | null, outlet: string | null): string | null {
  const raw =
    firstMeta(meta, ['og:title']) ??
    jsonLdTitle ??
    firstMeta(meta, ['twitter:title', 'dc.title', 'dcterms.title', 'title']) ??
    textOf(document.querySelector('title')) ??
    textOf(document.querySelector('h1'));
  if (raw === null) return null;
  const title = normalizeLine(raw);
  return stripSiteName(title, siteNames(document, meta, outlet)) || null;
}

/** The names a site may print beside its headlines: the outlet, application-name, the host. */
function siteNames(document: Document, meta: MetaTags, outlet: string | null): string[] {
  const names = [outlet, firstMeta(meta, ['application-name', 'apple-mobile-web-app-title', 'og:site_name'])];
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? firstMeta(meta, ['og:url']);
  const host = url ? hostName(url) : null;
  if (host) names.push(host, host.replace(/\.[a-z]+$/i, ''));
  return names.filter((name): name is string => name !== null && name.trim().length > 0).map(normalizeLine);
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

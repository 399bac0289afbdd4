import { cleanAuthorNames } from './clean-author-names.js';
import { hasWord, type IndexedElement, type PageIndex } from './page-index.js';
import { allMeta, type MetaTags } from './read-meta-tags.js';

/** Meta keys holding author names (article:author often holds a profile URL: dropped by cleaning). */
const AUTHOR_META_KEYS = [
  'author', 'article:author', 'og:article:author', 'parsely-author', 'sailthru.author', 'dc.creator',
  'dcterms.creator', 'citation_author', 'byl', 'cxenseparse:author', 'twitter:creator:name',
];
/** Elements that print the byline, most specific first. */
const BYLINE_TESTS: ReadonlyArray<(entry: IndexedElement) => boolean> = [
  (entry) => entry.inAuthor && hasWord(entry.itemprop, 'name'),
  (entry) => hasWord(entry.rel, 'author'),
  (entry) => hasWord(entry.itemprop, 'author'),
  (entry) => entry.className.includes('byline'),
  (entry) => entry.className.includes('author-name'),
  (entry) => hasWord(entry.className, 'author'),
  (entry) => entry.id.includes('byline'),
  (entry) => entry.className.includes('author'),
];
/** A printed byline's name has a first and a last name; one word there is a label ("Games", "Follow"). */
const MIN_PRINTED_NAME_WORDS = 2;
/** A byline is a line, not a block: longer texts are author bios or comment sections. */
const MAX_BYLINE_CHARS = 120;

/**
 * Authors by the cascade: JSON-LD, meta tags, then the printed byline. Each source is cleaned
 * to names; the first that yields any wins, so a page's sources are never mixed.
 */
export function findAuthors(index: PageIndex, meta: MetaTags, jsonLdAuthors: readonly string[]): string[] {
  const fromJsonLd = cleanAuthorNames(jsonLdAuthors);
  if (fromJsonLd.length > 0) return fromJsonLd;
  for (const key of AUTHOR_META_KEYS) {
    const fromMeta = cleanAuthorNames(allMeta(meta, [key]));
    if (fromMeta.length > 0) return fromMeta;
  }
  return printedByline(index.elements());
}

function printedByline(elements: readonly IndexedElement[]): string[] {
  for (const test of BYLINE_TESTS) {
    for (const entry of elements) {
      if (!test(entry)) continue;
      const text = (entry.element.textContent ?? '').trim();
      if (text.length === 0 || text.length > MAX_BYLINE_CHARS) continue;
      const names = cleanAuthorNames([text], { minWords: MIN_PRINTED_NAME_WORDS });
      if (names.length > 0) return names;
    }
  }
  return [];
}

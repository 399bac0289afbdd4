import { cleanAuthorNames, isOutlet } from './clean-author-names.js';
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
  (entry) => AUTHOR_PAGE_LINK.test(entry.href),
  (entry) => entry.className.includes('author'),
];
/** Links to a writer's page, as CMSs build them: /author/jane-doe, /staff/jane-doe, /autor/… */
const AUTHOR_PAGE_LINK = /\/(?:authors?|staff|people|profiles?|writers?|journalists?|reporters?|contributors?|autor(?:es)?|auteurs?|redakteur)\/[\w-]/i;
/** A printed byline's name has a first and a last name; one word there is a label ("Games", "Follow"). */
const MIN_PRINTED_NAME_WORDS = 2;
/** A byline is a line, not a block: longer texts are author bios or comment sections. */
const MAX_BYLINE_CHARS = 120;

/**
 * Authors by the cascade: JSON-LD, meta tags (one key at a time), then the printed byline
 * (outside forms). Each source is cleaned to names; the first that yields a writer wins, so a
 * page's sources are never mixed.
 */
export function findAuthors(index: PageIndex, meta: MetaTags, jsonLdAuthors: readonly string[], outlet: string | null): string[] {
  const sources: Array<() => string[]> = [
    () => cleanAuthorNames(jsonLdAuthors, { outlet }),
    ...AUTHOR_META_KEYS.map((key) => () => cleanAuthorNames(allMeta(meta, [key]), { outlet })),
    () => printedByline(index.elements(), outlet),
  ];
  // A source naming only the outlet ("AppleInsider", "CBS Detroit") is kept in reserve: a later
  // one may name the writers.
  let outletOnly: string[] = [];
  for (const source of sources) {
    const names = source();
    if (names.length === 0) continue;
    if (!names.every((name) => isOutlet(name, outlet))) return names;
    if (outletOnly.length === 0) outletOnly = names;
  }
  return outletOnly;
}

function printedByline(elements: readonly IndexedElement[], outlet: string | null): string[] {
  for (const test of BYLINE_TESTS) {
    for (const entry of elements) {
      if (entry.inForm || !test(entry)) continue;
      const text = (entry.element.textContent ?? '').trim();
      if (text.length === 0 || text.length > MAX_BYLINE_CHARS) continue;
      const names = cleanAuthorNames([text], { minWords: MIN_PRINTED_NAME_WORDS, outlet });
      if (names.length > 0) return names;
    }
  }
  return [];
}

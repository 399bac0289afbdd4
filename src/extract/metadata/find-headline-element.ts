import { normalizeLine } from '../../text/normalize.js';
import type { IndexedElement } from './page-index.js';

/** Where a page prints its main headline, most likely first. */
const HEADLINE_TESTS: ReadonlyArray<(entry: IndexedElement) => boolean> = [
  (entry) => entry.tag === 'H1',
  (entry) => entry.tag === 'H2',
  (entry) => /\bheadline\b/.test(entry.itemprop),
  (entry) => entry.className.includes('headline'),
  (entry) => entry.className.includes('title'),
];
/** Shorter titles ("News", "Home") match too many elements to locate the headline. */
const MIN_TITLE_CHARS = 12;
/** The start of the title an element must contain; sites shorten or extend the rest. */
const TITLE_HEAD_CHARS = 40;

/**
 * The element that prints the page's headline: the first h1/h2 (or headline-classed element)
 * whose text is the title or contains its start, else the first `<h1>`. Sites often have
 * several h1 (logo, sidebar teasers), so matching the title beats document order.
 */
export function findHeadlineElement(elements: readonly IndexedElement[], title: string | null): IndexedElement | null {
  const wanted = title === null ? '' : fold(title);
  if (wanted.length >= MIN_TITLE_CHARS) {
    const head = wanted.slice(0, TITLE_HEAD_CHARS);
    for (const test of HEADLINE_TESTS) {
      for (const entry of elements) {
        if (!test(entry)) continue;
        const text = fold(entry.element.textContent ?? '');
        const plausibleLength = text.length >= MIN_TITLE_CHARS && text.length < wanted.length * 2 + TITLE_HEAD_CHARS;
        if (plausibleLength && (text.includes(head) || wanted.includes(text))) return entry;
      }
    }
  }
  return elements.find((entry) => entry.tag === 'H1') ?? null;
}

function fold(text: string): string {
  return normalizeLine(text).toLowerCase();
}

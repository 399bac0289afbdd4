import { normalizeLine } from '../../text/normalize.js';

/** Headline tags, in the order a page's main headline is most likely printed with. */
const HEADLINE_SELECTORS = ['h1', 'h2', '[itemprop~="headline"]', '[class*="headline" i]', '[class*="title" i]'];
/** Shorter titles ("News", "Home") match too many elements to locate the headline. */
const MIN_TITLE_CHARS = 12;

/**
 * The element that prints the page's headline: the first h1/h2 (or headline-classed element)
 * whose text is the title or contains its start, else the first `<h1>`. Sites often have
 * several h1 (logo, sidebar teasers), so matching the title beats document order.
 */
export function findHeadlineElement(document: Document, title: string | null): Element | null {
  const wanted = title === null ? '' : fold(title);
  if (wanted.length >= MIN_TITLE_CHARS) {
    const head = wanted.slice(0, 40);
    for (const selector of HEADLINE_SELECTORS) {
      for (const element of Array.from(document.querySelectorAll(`body ${selector}`))) {
        const text = fold(element.textContent ?? '');
        if (text.length >= MIN_TITLE_CHARS && text.length < wanted.length * 2 + 40 && (text.includes(head) || wanted.includes(text))) {
          return element;
        }
      }
    }
  }
  return document.querySelector('body h1');
}

function fold(text: string): string {
  return normalizeLine(text).toLowerCase();
}

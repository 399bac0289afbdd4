import type { IndexedElement } from './page-index.js';

const TEXT_NODE = 3;

/**
 * The visible text nodes that follow an element in document order (the element's own text and
 * captions, credits, scripts left out), whitespace collapsed, empty ones dropped, until
 * maxChars have been collected.
 */
export function textNodesAfterElement(elements: readonly IndexedElement[], start: IndexedElement, maxChars: number): string[] {
  const startIndex = elements.indexOf(start);
  const texts: string[] = [];
  let total = 0;
  for (let index = startIndex + 1; index < elements.length && total < maxChars; index += 1) {
    const entry = elements[index]!;
    if (entry.aside || start.element.contains(entry.element)) continue;
    for (const child of Array.from(entry.element.childNodes)) {
      if (child.nodeType !== TEXT_NODE) continue;
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      texts.push(text);
      total += text.length;
    }
  }
  return texts;
}

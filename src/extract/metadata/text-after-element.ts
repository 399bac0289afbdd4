/** Elements whose text a reader does not take for the article's own lines. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'SELECT', 'OPTION', 'BUTTON']);
/** Photo captions and credits often carry a date of their own (the day the photo was taken). */
const SKIPPED_CLASSES = /caption|credit|related|comment/i;

/**
 * The visible text nodes that follow an element in document order (the element's own text
 * left out), whitespace collapsed, empty ones dropped, until maxChars have been collected.
 */
export function textNodesAfterElement(elements: readonly Element[], start: Element, maxChars: number): string[] {
  const startIndex = elements.indexOf(start);
  const texts: string[] = [];
  let total = 0;
  for (let index = startIndex + 1; index < elements.length && total < maxChars; index += 1) {
    const element = elements[index]!;
    if (start.contains(element) || isSkipped(element)) continue;
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType !== TEXT_NODE) continue;
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text === '') continue;
      texts.push(text);
      total += text.length;
    }
  }
  return texts;
}

const TEXT_NODE = 3;

function isSkipped(element: Element): boolean {
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    if (SKIPPED_TAGS.has(current.tagName) || SKIPPED_CLASSES.test(current.getAttribute('class') ?? '')) return true;
  }
  return false;
}

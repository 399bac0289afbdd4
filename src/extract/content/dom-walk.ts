/**
 * Small DOM helpers that never recurse (pages can nest elements far deeper than the call stack
 * allows) and that work on linkedom's DOM as well as a browser's.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** The depth of the deepest element under `root`, or `limit + 1` as soon as it exceeds `limit`. */
export function maxElementDepth(root: Element, limit: number): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return limit + 1;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** Every element under `root` (not `root` itself), in document order. */
export function descendantElements(root: Element): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    found.push(element);
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return found;
}

/** The class and id of an element as one lowercase string, for pattern tests. */
export function classAndId(element: Element): string {
  const className = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  return `${className} ${id}`.toLowerCase();
}

/** Text content with whitespace collapsed. */
export function collapsedText(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Characters of text inside links, over all characters of text: near 1 for menus and link lists. */
export function linkDensity(element: Element, textLength = collapsedText(element).length): number {
  if (textLength === 0) return 0;
  let linkChars = 0;
  for (const link of element.querySelectorAll('a')) linkChars += collapsedText(link).length;
  return Math.min(1, linkChars / textLength);
}

export function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

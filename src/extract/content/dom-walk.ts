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

export function tagOf(element: Element): string {
  return element.tagName.toUpperCase();
}

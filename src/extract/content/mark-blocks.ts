import { blockKindOf, type BlockKind } from './boilerplate-rules.js';
import { classAndId } from './dom-walk.js';

/** The attribute that carries a block's kind through Readability. */
export const KIND_ATTRIBUTE = 'data-px-kind';

/**
 * Marks boilerplate, caption and credit blocks by their class before Readability runs.
 * Readability replaces a `<div>` holding a single `<p>` by that `<p>`, dropping the div's class,
 * so the mark is copied down chains of only children: whichever element survives still says
 * what it is. Iterative, linear in the page size.
 */
export function markBlocks(root: Element): void {
  const stack: Array<[Element, BlockKind | null]> = [[root, null]];
  while (stack.length > 0) {
    const [element, inherited] = stack.pop() as [Element, BlockKind | null];
    const kind = blockKindOf(classAndId(element)) ?? inherited;
    if (kind) element.setAttribute(KIND_ATTRIBUTE, kind);
    const onlyChild = element.firstElementChild !== null && element.firstElementChild === element.lastElementChild;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      stack.push([child, onlyChild ? kind : null]);
    }
  }
}

export function markedKind(element: Element): BlockKind | null {
  const value = element.getAttribute(KIND_ATTRIBUTE);
  return value === 'boilerplate' || value === 'caption' || value === 'credit' ? value : null;
}

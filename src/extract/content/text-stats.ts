import { ELEMENT_NODE, TEXT_NODE, tagOf } from './dom-walk.js';
import { INVISIBLE_TAGS } from './render-text.js';

/** Visible characters under an element (whitespace runs counted as one) and how many of them sit inside links. */
export interface TextStats {
  chars: number;
  linkChars: number;
  /** Commas (Latin and CJK): a sign of prose, as Readability scores it. */
  commas: number;
}

const EMPTY: TextStats = { chars: 0, linkChars: 0, commas: 0 };

/**
 * Text statistics of every element under `root`, in one iterative post-order pass: linear in
 * the page size whatever its depth (asking each element for its textContent would be
 * quadratic on deeply nested pages).
 */
export function measureText(root: Element): Map<Element, TextStats> {
  const stats = new Map<Element, TextStats>();
  const stack: Array<{ element: Element; visited: boolean }> = [{ element: root, visited: false }];
  while (stack.length > 0) {
    const entry = stack[stack.length - 1] as { element: Element; visited: boolean };
    if (!entry.visited) {
      entry.visited = true;
      for (let child = entry.element.lastElementChild; child; child = child.previousElementSibling) {
        if (!INVISIBLE_TAGS.has(tagOf(child))) stack.push({ element: child, visited: false });
      }
      continue;
    }
    stack.pop();
    stats.set(entry.element, sumChildren(entry.element, stats));
  }
  return stats;
}

function sumChildren(element: Element, stats: Map<Element, TextStats>): TextStats {
  let chars = 0;
  let linkChars = 0;
  let commas = 0;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      chars += visibleLength(text);
      commas += countCommas(text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const child = stats.get(node as Element) ?? EMPTY;
      chars += child.chars;
      commas += child.commas;
      linkChars += tagOf(node as Element) === 'A' ? child.chars : child.linkChars;
    }
  }
  return { chars, linkChars, commas };
}

function countCommas(text: string): number {
  let count = 0;
  for (const character of text) if (character === ',' || character === '，' || character === '、') count++;
  return count;
}

function visibleLength(text: string): number {
  return text.replace(/\s+/g, ' ').trim().length;
}

export function statsOf(stats: Map<Element, TextStats>, element: Element): TextStats {
  return stats.get(element) ?? EMPTY;
}

/** Share of an element's text that is link text: near 1 for menus and link lists. */
export function linkShare(stats: TextStats): number {
  return stats.chars === 0 ? 0 : Math.min(1, stats.linkChars / stats.chars);
}

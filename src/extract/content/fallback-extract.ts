import { isBoilerplateClass } from './boilerplate-rules.js';
import { classAndId, tagOf } from './dom-walk.js';
import { INVISIBLE_TAGS } from './render-text.js';
import { linkShare, measureText, statsOf, type TextStats } from './text-stats.js';

/**
 * Our own main-content finder, for pages Readability gives up on and pages too deeply nested
 * to hand it: every prose-like block votes for its parent (fully) and grandparent (half) with
 * a score that grows with its length and commas; the container with the most votes, discounted
 * by its link density, is the article. Linear in the page size and iterative.
 */

/** Blocks that can hold a paragraph of prose. */
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'LI', 'TD', 'DD', 'H2', 'H3', 'H4', 'DIV', 'SECTION', 'ARTICLE']);
/** Shorter blocks are labels, buttons and menu entries rather than prose (Readability uses 25 too). */
const MIN_PARAGRAPH_CHARS = 25;
/** Blocks with more link text than this are navigation or link lists, not prose. */
const MAX_PARAGRAPH_LINK_SHARE = 0.33;
/** A block's length adds one point per this many characters, up to MAX_LENGTH_POINTS. */
const CHARS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;

export function findMainContainer(root: Element): Element | null {
  const stats = measureText(root);
  const scores = new Map<Element, number>();
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (!INVISIBLE_TAGS.has(tagOf(child))) stack.push(child);
    }
    const text = statsOf(stats, element);
    if (!isProseBlock(element, text)) continue;
    const points = paragraphPoints(text);
    const parent = element.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + points);
    const grandparent = parent?.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + points / 2);
  }
  return bestContainer(scores, stats);
}

function isProseBlock(element: Element, text: TextStats): boolean {
  if (!PARAGRAPH_TAGS.has(tagOf(element)) || text.chars < MIN_PARAGRAPH_CHARS) return false;
  if (linkShare(text) > MAX_PARAGRAPH_LINK_SHARE || isBoilerplateClass(classAndId(element))) return false;
  // A container of other blocks is not a paragraph itself; its children vote instead.
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (PARAGRAPH_TAGS.has(tagOf(child))) return false;
  }
  return true;
}

function paragraphPoints(text: TextStats): number {
  return 1 + text.commas + Math.min(MAX_LENGTH_POINTS, Math.floor(text.chars / CHARS_PER_POINT));
}

function bestContainer(scores: Map<Element, number>, stats: Map<Element, TextStats>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const discounted = score * (1 - linkShare(statsOf(stats, element)));
    if (discounted > bestScore) {
      best = element;
      bestScore = discounted;
    }
  }
  return best;
}

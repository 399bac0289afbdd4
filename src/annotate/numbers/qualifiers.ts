import type { NumberBound } from '../../model/index.js';

/**
 * Qualifiers written before a quantity and the bound each sets. Longer phrases come first so
 * "no more than" wins over "more than". Matched case-insensitively against the words just
 * before the number.
 */
export const QUALIFIERS: ReadonlyArray<readonly [string, NumberBound]> = [
  ['no more than', 'at-most'], ['not more than', 'at-most'], ['no fewer than', 'at-least'],
  ['no less than', 'at-least'], ['not less than', 'at-least'], ['a minimum of', 'at-least'],
  ['a maximum of', 'at-most'], ['more than', 'more-than'], ['in excess of', 'more-than'],
  ['upwards of', 'more-than'], ['greater than', 'more-than'], ['at least', 'at-least'],
  ['at most', 'at-most'], ['up to', 'up-to'], ['as many as', 'up-to'], ['as much as', 'up-to'],
  ['fewer than', 'less-than'], ['less than', 'less-than'], ['just under', 'almost'],
  ['just shy of', 'almost'], ['close to', 'almost'], ['nearly', 'almost'], ['almost', 'almost'],
  ['not quite', 'almost'], ['an estimated', 'about'], ['approximately', 'about'],
  ['roughly', 'about'], ['around', 'about'], ['about', 'about'], ['some', 'about'],
  ['an average of', 'about'], ['circa', 'about'], ['over', 'more-than'], ['under', 'less-than'],
  ['below', 'less-than'], ['above', 'more-than'], ['just over', 'more-than'],
];

const MAX_QUALIFIER_CHARS = 16;
const QUALIFIER_PATTERNS = QUALIFIERS.map(([phrase, bound]) => ({
  bound,
  pattern: new RegExp(`(?:^|[^\\p{L}])(${phrase.replace(/ /g, '\\s+')})\\s+$`, 'iu'),
}));

/** The longest qualifier that ends right before `index` (whitespace between), if any. */
export function qualifierBefore(text: string, index: number): { start: number; bound: NumberBound } | null {
  const window = text.slice(Math.max(0, index - MAX_QUALIFIER_CHARS - 1), index);
  let best: { start: number; bound: NumberBound; length: number } | null = null;
  for (const { bound, pattern } of QUALIFIER_PATTERNS) {
    const match = pattern.exec(window);
    if (!match || (best && match[1]!.length <= best.length)) continue;
    const matchStart = match.index + match[0].length - match[1]!.length - (match[0].length - match[0].trimEnd().length);
    best = { start: index - window.length + matchStart, bound, length: match[1]!.length };
  }
  return best ? { start: best.start, bound: best.bound } : null;
}

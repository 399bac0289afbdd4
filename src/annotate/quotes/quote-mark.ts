/**
 * What one quotation mark at a position of the text does. Typographic marks say their direction,
 * but scraped and hand-typed text often has them reversed (`“Yes,“ he said`) or straight, so the
 * characters around a mark decide first and the glyph only breaks ties.
 */
export type MarkRole = 'open' | 'close';

export interface DoubleMark {
  role: MarkRole;
  length: number;
}

/** Characters after which a mark opens: start, space, brackets, dashes. */
const BEFORE_OPENING = /[\s([{—–\-/]/;
/** Characters before which a mark closes: end, space, punctuation. */
const AFTER_CLOSING = /[\s)\]},.;:!?—–\-/]/;

/** The double quotation mark starting at `index` (“ ” „ " `` '' ’’), or null. */
export function doubleMarkAt(text: string, index: number, isOpen: boolean): DoubleMark | null {
  const character = text[index] ?? '';
  const pair = text.slice(index, index + 2);
  let glyph: MarkRole | 'either';
  let length = 1;
  if (character === '“' || character === '„') glyph = 'open';
  else if (character === '”') glyph = 'close';
  else if (pair === '``') [glyph, length] = ['open', 2];
  else if (pair === "''" || pair === '’’') [glyph, length] = ['close', 2];
  else if (character === '"') {
    // `href="…">`: a straight mark after `=` or before `>` is markup, not a quotation.
    if (text[index - 1] === '=' || text[index + 1] === '>') return null;
    glyph = 'either';
  } else return null;
  const spaceBefore = index === 0 || BEFORE_OPENING.test(text[index - 1] ?? '');
  const spaceAfter = index + length >= text.length || AFTER_CLOSING.test(text[index + length] ?? '');
  if (spaceBefore && !spaceAfter) return { role: 'open', length };
  if (!spaceBefore && spaceAfter) return { role: length === 2 && !isOpen ? 'open' : 'close', length };
  if (glyph === 'either') return { role: isOpen ? 'close' : 'open', length };
  return { role: glyph, length };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A single quotation mark used as the primary mark (British style: ‘We will win,’ he said).
 * It opens before a word after a space; it closes after a word or punctuation when no letter
 * follows, so apostrophes inside words (we’re, Russia’s) and before numbers (’90s) are neither.
 */
export function singleMarkAt(text: string, index: number, isOpen: boolean): DoubleMark | null {
  const character = text[index] ?? '';
  if (character !== '‘' && character !== '’' && character !== "'") return null;
  const before = text[index - 1] ?? '';
  const after = text[index + 1] ?? '';
  const spaceBefore = index === 0 || BEFORE_OPENING.test(before);
  if (character !== '’' && spaceBefore && (LETTER_OR_DIGIT.test(after) || after === '“') && !isOpen) return { role: 'open', length: 1 };
  if (character !== '‘' && isOpen && !spaceBefore && !LETTER_OR_DIGIT.test(after)) return { role: 'close', length: 1 };
  return null;
}

/** British style: the article uses single marks for quotations and no double marks at all. */
export function usesSingleMarks(text: string): boolean {
  return !/[“”"„]/.test(text) && /(^|\s)‘\p{L}/u.test(text);
}

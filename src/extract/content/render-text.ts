/**
 * Renders an element's visible text with paragraph structure: block elements (paragraphs,
 * headings, list items, table rows…) become paragraphs one blank line apart, `<br>` a line
 * break, inline elements run on. Iterative (an explicit stack), so deeply nested HTML cannot
 * overflow the call stack.
 */

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR',
  'UL', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION',
]);
/** Elements whose text is never shown as prose. */
export const INVISIBLE_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK', 'MATH',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A marker on the stack: close the block that was opened here. */
const BLOCK_END = Symbol('block-end');

export function renderParagraphs(root: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current.replace(/[ \t\f\r\u00A0]+/g, ' ').replace(/ ?\n ?/g, '\n').trim();
    if (paragraph.length > 0) paragraphs.push(paragraph);
    current = '';
  };
  const stack: Array<Node | typeof BLOCK_END> = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === BLOCK_END) {
      flush();
      continue;
    }
    if (item === undefined) break;
    if (item.nodeType === TEXT_NODE) {
      current += (item.nodeValue ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (item.nodeType !== ELEMENT_NODE) continue;
    const tag = (item as Element).tagName.toUpperCase();
    if (INVISIBLE_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    if (tag === 'TD' || tag === 'TH') current += ' ';
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) {
      flush();
      stack.push(BLOCK_END);
    }
    const children = item.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
  flush();
  return paragraphs;
}

export function renderText(root: Element): string {
  return renderParagraphs(root).join('\n\n');
}

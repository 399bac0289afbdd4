/**
 * The body's elements in document order with the attributes the metadata cascade tests, read
 * once. linkedom answers attribute selectors (`[class*="author" i]`) by walking the whole tree
 * each time, about 20 ms on a large page; one walk and plain string tests replace a dozen.
 */
export interface IndexedElement {
  element: Element;
  tag: string;
  /** The class attribute, lowercased. */
  className: string;
  id: string;
  itemprop: string;
  rel: string;
  /** A link's href ("" for other elements). */
  href: string;
  /** Inside a script, a caption, a credit or a comment: text a reader does not take for the article's lines. */
  aside: boolean;
  /** Inside an element marked itemprop="author". */
  inAuthor: boolean;
  /** Inside a form: comment forms label their fields "Name", "Author". */
  inForm: boolean;
}

export interface PageIndex {
  document: Document;
  /** Computed on first use: pages whose metadata is all declared never pay for the walk. */
  elements(): readonly IndexedElement[];
}

const ASIDE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'SELECT', 'OPTION', 'BUTTON']);
const ASIDE_CLASSES = /caption|credit|related|comment/;
/** Deeper nesting is generated markup, not an article; the walk stops there instead of overflowing the stack. */
const MAX_DEPTH = 400;

export function createPageIndex(document: Document): PageIndex {
  let elements: IndexedElement[] | null = null;
  return {
    document,
    elements: () => (elements ??= indexElements(document)),
  };
}

function indexElements(document: Document): IndexedElement[] {
  const indexed: IndexedElement[] = [];
  const body = document.querySelector('body');
  if (!body) return indexed;
  const visit = (element: Element, parent: Inherited, depth: number): void => {
    const entry = describe(element, parent);
    indexed.push(entry);
    if (depth >= MAX_DEPTH) return;
    const inherited: Inherited = {
      aside: entry.aside,
      inAuthor: entry.inAuthor || /\bauthor\b/.test(entry.itemprop),
      inForm: entry.inForm || entry.tag === 'FORM',
    };
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) visit(child, inherited, depth + 1);
  };
  const top: Inherited = { aside: false, inAuthor: false, inForm: false };
  for (let child = body.firstElementChild; child !== null; child = child.nextElementSibling) visit(child, top, 0);
  return indexed;
}

/** What an element takes from its ancestors. */
interface Inherited {
  aside: boolean;
  inAuthor: boolean;
  inForm: boolean;
}

function describe(element: Element, parent: Inherited): IndexedElement {
  const tag = element.tagName;
  const className = (element.getAttribute('class') ?? '').toLowerCase();
  return {
    element,
    tag,
    className,
    id: (element.getAttribute('id') ?? '').toLowerCase(),
    itemprop: (element.getAttribute('itemprop') ?? '').toLowerCase(),
    rel: (element.getAttribute('rel') ?? '').toLowerCase(),
    href: tag === 'A' ? (element.getAttribute('href') ?? '') : '',
    aside: parent.aside || ASIDE_TAGS.has(tag) || ASIDE_CLASSES.test(className),
    inAuthor: parent.inAuthor,
    inForm: parent.inForm || tag === 'FORM',
  };
}

/** Whether a space-separated attribute value holds a word ("author" in "author vcard"). */
export function hasWord(value: string, word: string): boolean {
  return value.split(/\s+/).includes(word);
}

import type { Message } from '../../model/index.js';
import { makeMessage } from '../../model/index.js';

/**
 * Bounds what the DOM parser and the extractors are given, before parsing: a page fragment is
 * wrapped in a document, scripts and styles are dropped, a very large page loses its tail, and
 * pathological nesting is flattened. Works on the string in linear time, so no input can make
 * parsing or extraction run out of memory or stack.
 */

/**
 * Markup parsed at most: 3 MB of article markup keeps linkedom plus Readability near 500 MB of
 * memory and a few seconds (measured: 20 MB of paragraphs took 1.4 GB and a minute). No news
 * story needs more; the tail is dropped with a warning.
 */
const MAX_PARSED_CHARS = 3_000_000;
/**
 * Elements nested deeper than this are unwrapped (their text kept). Real pages nest under 60
 * levels; 100,000 levels made DOM queries run for minutes. 400 leaves room for sloppy pages
 * whose unclosed tags inflate the count.
 */
const MAX_NESTING_DEPTH = 400;

export interface PreparedHtml {
  html: string;
  messages: Message[];
}

export function prepareHtml(source: string): PreparedHtml {
  const messages: Message[] = [];
  let html = /<(html|body)[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`;
  // Scripts, styles and drawings are half of a typical news page's markup and none of its text:
  // dropped before parsing, they cost neither the parser nor Readability.
  html = stripNonContent(html);
  if (html.length > MAX_PARSED_CHARS) {
    const cut = html.lastIndexOf('<', MAX_PARSED_CHARS);
    html = html.slice(0, cut > 0 ? cut : MAX_PARSED_CHARS);
    messages.push(warning('html-truncated', `The page's markup is over ${MAX_PARSED_CHARS / 1_000_000} MB without its scripts; only its first ${MAX_PARSED_CHARS / 1_000_000} MB were read.`));
  }
  const limited = limitNesting(html, MAX_NESTING_DEPTH);
  if (limited !== html) {
    messages.push(warning('html-too-deep', `The page nests elements more than ${MAX_NESTING_DEPTH} levels deep; the deeper elements were unwrapped, their text kept.`));
  }
  return { html: limited, messages };
}

/** Scripts (except JSON-LD, which metadata reads), styles, SVG drawings, templates and comments. */
export function stripNonContent(html: string): string {
  return html
    .replace(/<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<(style|svg|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** Tags that never hold children, and tags whose end is optional (they do not nest in practice). */
const NON_NESTING_TAGS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup',
]);
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title']);
const TAG_PATTERN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/** Drops start and end tags nested deeper than `maxDepth`, keeping everything between them. */
export function limitNesting(html: string, maxDepth: number): string {
  const kept: string[] = [];
  let depth = 0;
  let copiedUpTo = 0;
  TAG_PATTERN.lastIndex = 0;
  for (let match = TAG_PATTERN.exec(html); match; match = TAG_PATTERN.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (!name || NON_NESTING_TAGS.has(name) || match[3] === '/') continue;
    if (RAW_TEXT_TAGS.has(name)) {
      // Raw text (scripts, styles) may hold anything that looks like tags: never nesting, never scanned.
      if (match[1] !== '/') skipRawText(name, TAG_PATTERN.lastIndex);
      continue;
    }
    if (match[1] === '/') {
      if (depth > maxDepth) dropTag(match);
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth++;
    if (depth > maxDepth) dropTag(match);
  }
  if (copiedUpTo === 0) return html;
  kept.push(html.slice(copiedUpTo));
  return kept.join('');

  function dropTag(match: RegExpExecArray): void {
    kept.push(html.slice(copiedUpTo, match.index));
    copiedUpTo = match.index + match[0].length;
  }
  function skipRawText(name: string, from: number): void {
    const closing = new RegExp(`</${name}`, 'gi');
    closing.lastIndex = from;
    const end = closing.exec(html);
    TAG_PATTERN.lastIndex = end ? end.index : html.length;
  }
}

function warning(code: string, text: string): Message {
  return makeMessage(code, text, { severity: 'warning', stage: 'extract' });
}

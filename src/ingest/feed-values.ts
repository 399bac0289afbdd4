import { parseHTML } from 'linkedom';

/** Reading feedsmith's loosely typed output: every accessor accepts anything and never throws. */
export type Loose = Record<string, unknown>;

export function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose)[key] : undefined;
}

export function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A feed text construct: a string, an Atom `{value, type}`, or a list of either (the first). */
export interface FeedText {
  value: string;
  type: 'text' | 'html' | 'xhtml';
}

export function feedText(value: unknown): FeedText | null {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return { value: first, type: 'text' };
  const inner = field(first, 'value');
  if (typeof inner !== 'string') return null;
  const type = field(first, 'type');
  return { value: inner, type: type === 'html' || type === 'xhtml' ? type : typeof type === 'string' && /html/i.test(type) ? 'html' : 'text' };
}

export function firstString(...values: unknown[]): string | null {
  for (const value of values) {
    const text = feedText(value);
    if (text && text.value.trim().length > 0) return text.value.trim();
  }
  return null;
}

const LOOKS_LIKE_MARKUP = /<\/?[a-z][\w:-]*(\s[^<>]*)?\/?>|&(#\d+|#x[\da-f]+|[a-z]+\d*);/i;

/**
 * One line of plain text from a feed title or name: markup removed and entities decoded when
 * the construct says HTML, or — where the format cannot say (RSS: `guessMarkup`) — when the
 * text carries tags or entity references ("1 < 2" stays as is). Atom's type="text" is literal.
 */
export function plainLine(text: FeedText | null, guessMarkup = true): string | null {
  if (!text) return null;
  const markup = text.type !== 'text' || (guessMarkup && LOOKS_LIKE_MARKUP.test(text.value));
  const raw = markup ? htmlToText(text.value) : text.value;
  const line = raw.replace(/\s+/g, ' ').trim();
  return line.length > 0 ? line : null;
}

/** The text content of an HTML fragment. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body?.textContent ?? html;
}

/** Whether a body should be read as HTML: its construct says so, or it carries tags. */
export function isHtmlBody(text: FeedText): boolean {
  return text.type !== 'text' || /<\/?[a-z][\w:-]*(\s[^<>]*)?\/?>/i.test(text.value);
}

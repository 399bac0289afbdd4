import type { Mention } from '../model/index.js';
import { escapeHtml } from './html-escape.js';

/** A highlighted passage of one article: which alignment it belongs to and how to colour it. */
export interface Highlight {
  start: number;
  end: number;
  /** The alignment's index, or -1 for a passage only cited (a single-outlet fact). */
  alignment: number;
  kind: 'quote' | 'fact' | 'conflict' | 'number' | 'cited';
}

/** The anchor id of a mention: articles are numbered by position in the comparison. */
export function mentionId(articleIndex: number, mention: Mention): string {
  return `m-${articleIndex}-${mention.span.start}-${mention.span.end}`;
}

/**
 * An article's text as HTML: cut at every highlight boundary (highlights may overlap without
 * nesting: a quotation can run over two sentences), each piece a span listing the alignments
 * that cover it; the first piece of each highlight carries the anchor id citations link to.
 * Paragraphs become <p>. All text is escaped.
 */
export function renderArticleText(text: string, articleIndex: number, highlights: readonly Highlight[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const highlight of highlights) {
    cuts.add(highlight.start);
    cuts.add(highlight.end);
  }
  for (const match of text.matchAll(/\n+/g)) {
    cuts.add(match.index);
    cuts.add(match.index + match[0].length);
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b);
  const anchorsAt = new Map<number, string[]>();
  for (const highlight of highlights) {
    const id = mentionId(articleIndex, { articleId: '', span: highlight });
    anchorsAt.set(highlight.start, [...(anchorsAt.get(highlight.start) ?? []), id]);
  }
  const html: string[] = ['<p>'];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const start = points[index]!;
    const end = points[index + 1]!;
    const piece = text.slice(start, end);
    if (/^\n+$/.test(piece)) {
      html.push('</p><p>');
      continue;
    }
    const covering = highlights.filter((highlight) => highlight.start <= start && end <= highlight.end);
    const anchors = [...new Set(anchorsAt.get(start) ?? [])].map((id) => `<a class="anchor" id="${id}"></a>`).join('');
    if (covering.length === 0) {
      html.push(anchors + escapeHtml(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((highlight) => highlight.kind))].map((kind) => `hl-${kind}`).join(' ');
    const alignments = [...new Set(covering.map((highlight) => highlight.alignment).filter((id) => id >= 0))].join(' ');
    html.push(`${anchors}<span class="hl ${kinds}" data-alignments="${alignments}">${escapeHtml(piece)}</span>`);
  }
  html.push('</p>');
  return html.join('');
}

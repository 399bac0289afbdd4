import type { Comparison, DiffPart, Mention } from '../model/index.js';
import { escapeHtml } from './html-escape.js';
import { HTML_SCRIPT, HTML_STYLE } from './html-assets.js';
import { mentionId, renderArticleText, type Highlight } from './html-article.js';
import { reportOutline, sourceLabel } from './report-outline.js';

/**
 * The comparison as ONE self-contained HTML file: inline style and script, no external requests.
 * Articles side by side with aligned passages highlighted; clicking a passage brings its
 * counterparts in the other articles into view; citations link to the passages. Every piece of
 * article text is escaped.
 */
export function renderHtml(comparison: Comparison): string {
  const indexOf = new Map(comparison.sources.map((source, index) => [source.articleId, index]));
  const { highlights, links } = collectHighlights(comparison, indexOf);
  // Every passage a section cites gets an anchor in its article: the sections are rendered before
  // the articles, recording what they cite, so no section can link to a missing passage.
  const cited: Mention[] = [];
  const cite = (mention: Mention): string => {
    cited.push(mention);
    const index = indexOf.get(mention.articleId) ?? 0;
    return `<a class="cite" href="#${mentionId(index, mention)}">[${sourceLabel(index)}]</a>`;
  };
  const summaryItems = comparison.summary.sentences.map((sentence) => `<li>${sentence.support === 'some' ? '<span class="some">(only some outlets)</span> ' : ''}${escapeHtml(sentence.text)}${sentence.citations.map(cite).join('')}</li>`);
  const quoteItems = comparison.quotes.filter((alignment) => alignment.relation !== 'single').map((alignment) =>
    `<li><b>${escapeHtml(alignment.speakerName ?? 'unattributed')}</b> — ${alignment.relation} (${alignment.confidence.toFixed(2)})` +
    `${alignment.diff ? `: ${diffHtml(alignment.diff)}` : ''} ${alignment.mentions.map(cite).join('')}</li>`);
  const sections = outlineSections(comparison, cite);
  addCitedAnchors(highlights, cited, indexOf);
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; script-src \'unsafe-inline\'">',
    `<title>Parallax comparison: ${escapeHtml(comparison.sources.map((source) => source.name).join(' · '))}</title>`,
    `<style>${HTML_STYLE}</style></head><body>`,
    '<header><h1>Parallax comparison</h1>',
    ...comparison.messages.filter((message) => message.severity !== 'info').map((message) => `<p class="note">${escapeHtml(message.text)}</p>`),
    sourcesTable(comparison),
    '</header>',
    '<section id="summary"><h2>Neutral summary</h2><ul>',
    ...summaryItems,
    '</ul></section>',
    '<section id="quotes"><h2>Quotations by speaker</h2><ul>',
    ...quoteItems,
    '</ul></section>',
    '<h2 style="padding:0 1.5rem">Articles side by side</h2><div class="columns">',
    ...comparison.sources.map((source, index) =>
      `<article class="article" id="article-${index}"><h3>[${sourceLabel(index)}] ${escapeHtml(source.name)}</h3>${renderArticleText(source.text, index, highlights[index] ?? [])}</article>`),
    '</div>',
    ...sections,
    `<script>window.PARALLAX_LINKS=${JSON.stringify(links).replace(/</g, '\\u003c')};${HTML_SCRIPT}</script>`,
    '</body></html>',
  ];
  return `${parts.join('\n')}\n`;
}

function collectHighlights(comparison: Comparison, indexOf: Map<string, number>): { highlights: Highlight[][]; links: Record<string, string[]> } {
  const highlights: Highlight[][] = comparison.sources.map(() => []);
  const links: Record<string, string[]> = {};
  const alignments = [
    // A conflict's differing words (a name, a figure) are highlighted inside its sentences.
    ...comparison.facts.filter((fact) => fact.relation !== 'single').map((fact) => ({ mentions: [...fact.mentions, ...(fact.conflictMentions ?? [])], kind: fact.relation === 'conflict' ? 'conflict' as const : 'fact' as const })),
    ...comparison.quotes.filter((quote) => quote.relation !== 'single').map((quote) => ({ mentions: quote.mentions, kind: 'quote' as const })),
    ...comparison.numbers.filter((number) => number.relation !== 'single').map((number) => ({ mentions: number.mentions, kind: number.relation === 'conflict' ? 'conflict' as const : 'number' as const })),
  ];
  alignments.forEach((alignment, id) => {
    links[String(id)] = alignment.mentions.map((mention) => mentionId(indexOf.get(mention.articleId) ?? 0, mention));
    for (const mention of alignment.mentions) {
      const index = indexOf.get(mention.articleId);
      if (index !== undefined) highlights[index]!.push({ start: mention.span.start, end: mention.span.end, alignment: id, kind: alignment.kind });
    }
  });
  return { highlights, links };
}

/** Cited passages that no alignment highlights get an anchor, without a highlight colour of their own. */
function addCitedAnchors(highlights: Highlight[][], cited: readonly Mention[], indexOf: Map<string, number>): void {
  for (const mention of cited) {
    const index = indexOf.get(mention.articleId);
    if (index === undefined || highlights[index]!.some((h) => h.start === mention.span.start && h.end === mention.span.end)) continue;
    highlights[index]!.push({ start: mention.span.start, end: mention.span.end, alignment: -1, kind: 'cited' });
  }
}

function sourcesTable(comparison: Comparison): string {
  const rows = comparison.sources.map((source, index) => `<tr><td>[${sourceLabel(index)}]</td><td>${escapeHtml(source.name)}</td><td>${escapeHtml(source.title ?? '')}</td>` +
    `<td>${escapeHtml(source.publishedAt ?? 'unknown')}${source.dateInferred ? ' (inferred)' : ''}</td><td>${escapeHtml(source.dateline ?? '')}</td><td>${escapeHtml(source.byline ?? '')}</td><td>${source.words}</td></tr>`);
  return `<table><tr><th></th><th>source</th><th>headline</th><th>date</th><th>dateline</th><th>byline</th><th>words</th></tr>${rows.join('')}</table>`;
}

function diffHtml(parts: readonly DiffPart[]): string {
  return parts.map((part) => (part.op === 'equal' ? escapeHtml(part.text) : part.op === 'removed' ? `<del>${escapeHtml(part.text)}</del>` : `<ins>${escapeHtml(part.text)}</ins>`)).join('');
}

/** Facts, numbers, people and timeline from the shared outline, citations as links. */
function outlineSections(comparison: Comparison, cite: (mention: Mention) => string): string[] {
  const skip = new Set(['Sources', 'Headlines', 'Neutral summary', 'Quotations by speaker']);
  return reportOutline(comparison, 50).filter((section) => !skip.has(section.title)).map((section) =>
    `<section><h2>${escapeHtml(section.title)}</h2><ul>${section.entries.map((entry) =>
      `<li>${escapeHtml(entry.text)}${(entry.cites ?? []).map(cite).join('')}${entry.details ? `<ul>${entry.details.map((detail) => `<li>${escapeHtml(detail)}</li>`).join('')}</ul>` : ''}</li>`).join('') || '<li>(none)</li>'}</ul></section>`);
}


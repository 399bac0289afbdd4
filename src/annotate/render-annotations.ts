import pc from 'picocolors';
import type { Article, NumberMention, Quote } from '../model/index.js';

/**
 * A person-readable view of an annotated article: who is named, and for each person each
 * quotation with its speaker; then dates and numbers with what they resolved to.
 */
export function renderAnnotations(article: Article): string {
  const lines: string[] = [pc.bold(article.title ?? article.source)];
  const meta = [article.outlet, article.publishedAt, article.dateline].filter(Boolean).join(' · ');
  if (meta) lines.push(pc.dim(meta));
  lines.push(...entitySection(article), ...quoteSection(article), ...dateSection(article), ...numberSection(article), '');
  return lines.join('\n') + '\n';
}

const quoted = (article: Article, start: number, end: number) => article.text.slice(start, end);

function entitySection(article: Article): string[] {
  const groups = new Map<string, { kind: string; name: string; count: number }>();
  for (const entity of article.entities ?? []) {
    const group = groups.get(entity.key) ?? { kind: entity.kind, name: entity.name, count: 0 };
    group.count += 1;
    groups.set(entity.key, group);
  }
  const lines = ['', pc.underline('Named')];
  for (const kind of ['person', 'organization', 'place', 'other']) {
    const names = [...groups.values()].filter((group) => group.kind === kind)
      .sort((a, b) => b.count - a.count).map((group) => `${group.name} (${group.count})`);
    if (names.length) lines.push(`  ${pc.dim(kind.padEnd(13))} ${names.join(', ')}`);
  }
  return lines;
}

function quoteSection(article: Article): string[] {
  const bySpeaker = new Map<string, Quote[]>();
  for (const quote of article.quotes ?? []) {
    const speaker = quote.speakerName ?? '(unattributed)';
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), quote]);
  }
  const lines = ['', pc.underline('Quotations by speaker')];
  for (const [speaker, quotes] of bySpeaker) {
    lines.push(`  ${pc.bold(speaker)}`);
    for (const quote of quotes) {
      const mention = quote.speaker ? ` ${pc.dim(`— ${quoted(article, quote.speaker.start, quote.speaker.end)}`)}` : '';
      lines.push(`    ${pc.dim(quote.kind.padEnd(8))} “${quoted(article, quote.content.start, quote.content.end)}”${mention}`);
    }
  }
  return lines;
}

function dateSection(article: Article): string[] {
  return ['', pc.underline('Dates'), ...(article.dates ?? []).map((date) =>
    `  ${quoted(article, date.start, date.end).padEnd(22)} ${date.value ?? pc.yellow('unresolved')} ${pc.dim(date.granularity)}`)];
}

function numberSection(article: Article): string[] {
  return ['', pc.underline('Numbers'), ...(article.numbers ?? []).map((number) =>
    `  ${quoted(article, number.start, number.end).padEnd(22)} ${describeNumber(number)}`)];
}

function describeNumber(number: NumberMention): string {
  const value = typeof number.value === 'number' ? String(number.value) : `${number.value.low}–${number.value.high}`;
  return `${value} ${number.unit}${number.noun ? ` of ${number.noun}` : ''} ${pc.dim(number.bound)}`;
}

import type { Comparison, Framing, Mention, QuoteAlignment } from '../model/index.js';
import { formatDiff } from '../align/quote-diff.js';

/** A report as sections of short entries; terminal and Markdown renderers draw the same outline. */
export interface ReportSection {
  title: string;
  entries: ReportEntry[];
}

/** One entry: a line of text (`~~removed~~`, `**added**` marks allowed) and what it cites. */
export interface ReportEntry {
  text: string;
  cites?: Mention[];
  /** Nested lines: the quoted words of each outlet, for example. */
  details?: string[];
}

/** "A", "B", … "Z", "A2", …: the short label each source has in citations. */
export function sourceLabel(index: number): string {
  return String.fromCharCode(65 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26) + 1) : '');
}

/** The report's sections in reading order. `maxSingles` bounds long single-outlet lists. */
export function reportOutline(comparison: Comparison, maxSingles = 12): ReportSection[] {
  const quote = (mention: Mention): string => `“${excerpt(comparison, mention, 400)}”`;
  const sections: ReportSection[] = [];
  sections.push({
    title: 'Sources',
    entries: comparison.sources.map((source, index) => ({
      text: `[${sourceLabel(index)}] ${source.name}`,
      details: [
        source.title ? `title: ${source.title}` : 'title: (none)',
        `date: ${source.publishedAt ?? 'unknown'}${source.dateInferred ? ' (inferred from the other articles)' : ''}` +
          (source.dateline ? ` · dateline: ${source.dateline}` : '') + (source.byline ? ` · by ${source.byline}` : ''),
        `${source.words} words · ${source.source}`,
      ],
    })),
  });
  sections.push({ title: 'Headlines', entries: comparison.sources.map((source, index) => ({ text: `[${sourceLabel(index)}] ${source.title ?? '(no headline)'}` })) });
  sections.push({
    title: 'Neutral summary',
    entries: comparison.summary.sentences.map((sentence) => ({ text: `${sentence.support === 'some' ? '(only some outlets) ' : ''}${sentence.text}`, cites: sentence.citations })),
  });
  // Grouped by speaker (alphabetically, unattributed last), in text order within a speaker.
  const bySpeaker = (a: QuoteAlignment, b: QuoteAlignment): number =>
    (a.speakerName ?? '\uffff').localeCompare(b.speakerName ?? '\uffff');
  const aligned = comparison.quotes.filter((alignment) => alignment.relation !== 'single').sort(bySpeaker);
  sections.push({
    title: 'Quotations by speaker',
    entries: [
      ...aligned.map((alignment) => ({
        text: `${alignment.speakerName ?? 'unattributed'} — ${alignment.relation} (confidence ${alignment.confidence.toFixed(2)})` +
          (alignment.diff ? `: ${formatDiff(alignment.diff)}` : ''),
        details: alignment.mentions.map((mention) => `[${labelOf(comparison, mention)}] ${quote(mention)}`),
        cites: alignment.mentions,
      })),
      ...singleQuotes(comparison, maxSingles),
    ],
  });
  sections.push(...factSections(comparison, maxSingles));
  sections.push({
    title: 'Numbers',
    entries: comparison.numbers.filter((alignment) => alignment.relation !== 'single').map((alignment) => ({
      text: `${alignment.relation}: ${alignment.mentions.map((mention) => `[${labelOf(comparison, mention)}] ${excerpt(comparison, mention, 60)}`).join(' ~ ')}`,
      cites: alignment.mentions,
    })),
  });
  sections.push({
    title: 'Who is in the story',
    entries: [
      ...comparison.entities.slice(0, 30).map((entity) => ({
        text: `${entity.name} (${entity.kind}) — named by ${entity.articleIds.map((id) => labelOfId(comparison, id)).join(', ')}`,
      })),
      ...comparison.voices.map((voice) => ({
        text: `voice: ${voice.speakerName} — ${voice.counts.map((count) => `[${labelOfId(comparison, count.articleId)}] ${count.quotes} quotes, ${count.words} words`).join('; ')}`,
      })),
    ],
  });
  if (comparison.framing) sections.push({ title: 'Framing', entries: framingEntries(comparison) });
  sections.push({
    title: 'Timeline',
    entries: comparison.timeline.map((entry) => ({
      text: `${entry.date}${entry.inferred ? ' (resolved against an inferred date)' : ''}: ${[...new Set(entry.mentions.map((mention) => excerpt(comparison, mention, 40)))].join(', ')}`,
      details: entry.passages.slice(0, 3).map((passage) => `[${labelOf(comparison, passage)}] ${excerpt(comparison, passage, 160)}`)
        .concat(entry.passages.length > 3 ? [`… and ${entry.passages.length - 3} more`] : []),
      cites: entry.passages,
    })),
  });
  if (comparison.messages.length > 0) sections.push({ title: 'Notes', entries: comparison.messages.map((message) => ({ text: message.text })) });
  return sections;
}

function singleQuotes(comparison: Comparison, maxSingles: number): ReportEntry[] {
  const singles = comparison.quotes.filter((alignment) => alignment.relation === 'single')
    .sort((a, b) => (a.speakerName ?? '\uffff').localeCompare(b.speakerName ?? '\uffff'));
  const entries: ReportEntry[] = singles.slice(0, maxSingles).map((alignment) => ({
    text: `only [${labelOf(comparison, alignment.mentions[0]!)}]: ${alignment.speakerName ?? 'unattributed'} “${excerpt(comparison, alignment.mentions[0]!, 160)}”`,
    cites: alignment.mentions,
  }));
  if (singles.length > maxSingles) entries.push({ text: `… and ${singles.length - maxSingles} more quotations only one outlet carries` });
  return entries;
}

/** Entities' titles and descriptions per outlet, same-slot word pairs, then reporting verbs per speaker. */
function framingEntries(comparison: Comparison): ReportEntry[] {
  const framing = comparison.framing!;
  const entries: ReportEntry[] = framing.entities.map((entity) => ({
    text: `${entity.name} — ${entity.outlets.map((outlet) => `[${labelOfId(comparison, outlet.articleId)}] ${outlet.forms.map((form) =>
      `${form.kind === 'description' ? `“${form.text}”` : form.text} ×${form.count} (${form.kind})`).join(', ') || 'name only'}`).join('; ')}`,
    cites: entityCites(entity),
  }));
  for (const pair of framing.wording) {
    entries.push({
      text: `wording: ${pair.mentions.map((mention, index) => `[${labelOf(comparison, mention)}] “${pair.texts[index]}”`).join(' vs ')} (${pair.basis === 'aligned-fact' ? 'same slot of an aligned claim' : 'same modifiers'})`,
      cites: pair.mentions,
    });
  }
  // A speaker is listed when two outlets quote them or when some outlet uses a loaded verb.
  const speakers = [...new Set(framing.attribution.map((row) => row.speakerName))];
  for (const speaker of speakers) {
    const rows = framing.attribution.filter((row) => row.speakerName === speaker);
    if (new Set(rows.map((row) => row.articleId)).size < 2 && !rows.some((row) => row.loaded)) continue;
    const outlets = [...new Set(rows.map((row) => row.articleId))];
    entries.push({
      text: `verbs for ${speaker}: ${outlets.map((id) => `[${labelOfId(comparison, id)}] ${rows.filter((row) => row.articleId === id)
        .map((row) => `${row.verb} ×${row.count}${row.loaded ? ` (loaded: ${row.loaded})` : ''}`).join(', ')}`).join('; ')}`,
      cites: rows.filter((row) => row.loaded).flatMap((row) => row.mentions),
    });
  }
  return entries;
}

/** Each form's first use: one citation per form keeps an entity's line short. */
function entityCites(entity: Framing['entities'][number]): Mention[] {
  return entity.outlets.flatMap((outlet) => outlet.forms.map((form) => form.mentions[0]!));
}

/** How the Conflicts section names what a conflict is over. */
const CONFLICT_WORDS: Record<NonNullable<Comparison['facts'][number]['conflictKind']>, string> = { number: 'a figure', date: 'a date', name: 'a name', place: 'a place', speaker: 'who said it' };

function factSections(comparison: Comparison, maxSingles: number): ReportSection[] {
  const sourceCount = comparison.sources.length;
  const multi = comparison.facts.filter((fact) => fact.relation !== 'single');
  const conflicts = multi.filter((fact) => fact.relation === 'conflict');
  const agreed = multi.filter((fact) => fact.relation !== 'conflict');
  const factEntry = (fact: (typeof multi)[number]): ReportEntry => ({
    text: `${fact.relation}${fact.conflictKind ? ` over ${CONFLICT_WORDS[fact.conflictKind]}` : ''}${fact.conflict ? ` (${fact.conflict})` : ''}, confidence ${fact.confidence.toFixed(2)}`,
    details: [
      ...fact.mentions.map((mention) => `[${labelOf(comparison, mention)}] ${excerpt(comparison, mention, 300)}`),
      ...(fact.conflictMentions ? [`differs: ${fact.conflictMentions.map((mention) => `[${labelOf(comparison, mention)}] “${excerpt(comparison, mention, 60)}”`).join(' vs ')}`] : []),
    ],
    cites: [...fact.mentions, ...(fact.conflictMentions ?? [])],
  });
  const sections: ReportSection[] = [
    { title: 'Facts all outlets report', entries: agreed.filter((fact) => fact.mentions.length === sourceCount).map(factEntry) },
  ];
  if (sourceCount > 2) sections.push({ title: 'Facts several outlets report', entries: agreed.filter((fact) => fact.mentions.length < sourceCount).map(factEntry) });
  sections.push({ title: 'Conflicts', entries: conflicts.map(factEntry) });
  comparison.sources.forEach((source, index) => {
    const singles = comparison.facts.filter((fact) => fact.relation === 'single' && fact.mentions[0]!.articleId === source.articleId);
    const entries: ReportEntry[] = singles.slice(0, maxSingles).map((fact) => ({ text: excerpt(comparison, fact.mentions[0]!, 300), cites: fact.mentions }));
    if (singles.length > maxSingles) entries.push({ text: `… and ${singles.length - maxSingles} more` });
    sections.push({ title: `Only [${sourceLabel(index)}] ${source.name} reports`, entries });
  });
  return sections;
}

export function labelOfId(comparison: Comparison, articleId: string): string {
  return sourceLabel(comparison.sources.findIndex((source) => source.articleId === articleId));
}

export function labelOf(comparison: Comparison, mention: Mention): string {
  return labelOfId(comparison, mention.articleId);
}

/** The mention's words, on one line, shortened in the middle past `maxChars`. */
export function excerpt(comparison: Comparison, mention: Mention, maxChars: number): string {
  const source = comparison.sources.find((candidate) => candidate.articleId === mention.articleId);
  const text = (source?.text.slice(mention.span.start, mention.span.end) ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= maxChars) return text;
  const half = Math.floor((maxChars - 3) / 2);
  return `${text.slice(0, half)} … ${text.slice(text.length - half)}`;
}

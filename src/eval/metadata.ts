import { parseHTML } from 'linkedom';
import { extractMetadata, type PageMetadata } from '../extract/metadata/extract-metadata.js';
import type { EvalOptions, EvalReport, EvalTask } from './eval-task.js';
import { readReferenceMetadataPages, readReferencePageHtml, type ReferenceMetadataPage } from './metadata-data.js';

/** How many disagreements per field the report lists. */
const DISAGREEMENTS_SHOWN = Number(process.env.PARALLAX_EVAL_SHOW ?? 6);

interface FieldCheck {
  name: string;
  theirs(page: ReferenceMetadataPage): string | null;
  ours(metadata: PageMetadata): string | null;
  same(ours: string, theirs: string): boolean;
}

const FIELDS: readonly FieldCheck[] = [
  { name: 'title', theirs: (page) => page.title, ours: (meta) => meta.title, same: (a, b) => squash(a) === squash(b) },
  { name: 'byline', theirs: (page) => page.byline, ours: (meta) => meta.authors.join(', ') || null, same: (a, b) => squash(a) === squash(b) },
  { name: 'publishedTime', theirs: (page) => page.publishedTime, ours: (meta) => meta.publishedAt, same: (a, b) => squash(a) === squash(b) },
  { name: 'publishedDay', theirs: (page) => page.publishedTime, ours: (meta) => meta.publishedAt, same: (a, b) => a.slice(0, 10) === b.trim().slice(0, 10) },
  // Every name we give is printed in their byline (which keeps "By", roles and dates).
  { name: 'bylineNames', theirs: (page) => page.byline, ours: (meta) => meta.authors.join('\n') || null, same: (a, b) => a.split('\n').every((name) => squash(b).toLowerCase().includes(name.toLowerCase())) },
  { name: 'siteName', theirs: (page) => page.siteName, ours: (meta) => meta.outlet, same: (a, b) => squash(a) === squash(b) },
  { name: 'lang', theirs: (page) => page.lang, ours: (meta) => meta.language, same: (a, b) => a.toLowerCase() === b.trim().toLowerCase() },
];

/**
 * `parallax eval metadata --data …/extraction/readability-pages`: agreement with Readability.js's
 * own metadata (not human gold: a regression guide). Per field, the share of pages where theirs
 * is not null and ours equals it after whitespace normalization; publishedDay compares days only.
 */
export const metadataEval: EvalTask = {
  name: 'metadata',
  description: "title, byline and date agreement with Readability.js's metadata on its test pages",
  run: async (options: EvalOptions): Promise<EvalReport> => runMetadataEval(options),
};

function runMetadataEval(options: EvalOptions): EvalReport {
  const pages = readReferenceMetadataPages(options.data, options.limit);
  const results = pages.map((page) => ({ page, ours: extractPage(options.data, page) }));
  const metrics: Record<string, number> = { pages: pages.length };
  const lines = [`metadata: ${pages.length} pages of ${options.data} (reference: Readability.js's own output, not human gold)`];
  const disagreements: string[] = [];
  for (const field of FIELDS) {
    const compared = results.filter(({ page }) => field.theirs(page) !== null);
    const agreeing = compared.filter(({ page, ours }) => agrees(field, page, ours));
    metrics[field.name] = compared.length === 0 ? 0 : agreeing.length / compared.length;
    lines.push(`  ${field.name.padEnd(14)} ${metrics[field.name]!.toFixed(3)}  (${agreeing.length} of ${compared.length} pages where theirs is not null)`);
    disagreements.push(`${field.name}:`, ...compared.filter(({ page, ours }) => !agrees(field, page, ours)).slice(0, DISAGREEMENTS_SHOWN)
      .map(({ page, ours }) => `  ${page.slug.slice(0, 28).padEnd(28)} ours ${JSON.stringify(field.ours(ours))}  theirs ${JSON.stringify(field.theirs(page))}`));
  }
  return { task: 'metadata', metrics, lines: [...lines, '', 'disagreements (first few per field):', ...disagreements] };
}

function extractPage(dataDir: string, page: ReferenceMetadataPage): PageMetadata {
  const { document } = parseHTML(readReferencePageHtml(dataDir, page.slug));
  return extractMetadata(document as unknown as Document);
}

function agrees(field: FieldCheck, page: ReferenceMetadataPage, metadata: PageMetadata): boolean {
  const theirs = field.theirs(page);
  const ours = field.ours(metadata);
  return theirs !== null && ours !== null && field.same(ours, theirs);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

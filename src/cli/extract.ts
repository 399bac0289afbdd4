import type { Command } from 'commander';
import { Option } from 'commander';
import pc from 'picocolors';
import { readInputs } from '../ingest/read-inputs.js';
import { extractArticle } from '../extract/extract-article.js';
import { toExtractionRecord } from '../extract/extraction-record.js';
import type { ExtractedArticle } from '../model/index.js';
import { JsonRecordWriter, defaultFormat, type OutputFormat } from './output.js';
import { reportProblems } from './report-problems.js';

interface ExtractOptions {
  format?: OutputFormat;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('turn news documents (files, folders, -, URLs) into clean articles with metadata')
    .argument('<inputs...>', 'files, folders (recursively), - for standard input, or http(s) URLs')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'jsonl']))
    .action(async (inputs: string[], options: ExtractOptions) => {
      process.exitCode = await runExtract(inputs, options);
    });
}

async function runExtract(inputs: string[], options: ExtractOptions): Promise<number> {
  const format = options.format ?? defaultFormat(process.stdout);
  const writer = format === 'text' ? null : new JsonRecordWriter(process.stdout, format);
  let failed = false;
  for await (const raw of readInputs(inputs)) {
    const article = toExtractionRecord(extractArticle(raw));
    if (reportProblems(article.source, article.messages)) failed = true;
    if (writer) writer.write(article);
    else process.stdout.write(renderArticleText(article));
  }
  writer?.end();
  return failed ? 1 : 0;
}

function renderArticleText(article: ExtractedArticle): string {
  const field = (name: string, value: string | null | string[]): string => {
    const shown = Array.isArray(value) ? value.join('; ') : value;
    return shown ? `${pc.dim(name.padEnd(10))} ${shown}\n` : '';
  };
  return [
    pc.bold(article.title ?? '(untitled)') + '\n',
    field('source', article.source),
    field('outlet', article.outlet),
    field('published', article.publishedAt),
    field('authors', article.authors),
    field('dateline', article.dateline),
    field('language', article.language),
    field('captions', article.captions),
    field('credits', article.credits),
    '\n' + article.text + '\n\n',
  ].join('');
}

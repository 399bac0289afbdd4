import type { Command } from 'commander';
import { Option } from 'commander';
import { extractInputs } from '../extract/extract-inputs.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';
import { toAnnotationRecord } from '../annotate/annotation-record.js';
import { renderAnnotations } from '../annotate/render-annotations.js';
import { JsonRecordWriter, defaultFormat, type OutputFormat } from './output.js';
import { reportProblems } from './report-problems.js';

interface AnnotateOptions {
  format?: OutputFormat;
}

export function registerAnnotate(program: Command): void {
  program
    .command('annotate')
    .description('find sentences, people, organisations, places, dates, numbers and quotations with their speakers')
    .argument('<inputs...>', 'files, folders (recursively), - for standard input, or http(s) URLs')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'jsonl']))
    .action(async (inputs: string[], options: AnnotateOptions) => {
      process.exitCode = await runAnnotate(inputs, options);
    });
}

async function runAnnotate(inputs: string[], options: AnnotateOptions): Promise<number> {
  const format = options.format ?? defaultFormat(process.stdout);
  const writer = format === 'text' ? null : new JsonRecordWriter(process.stdout, format);
  let failed = false;
  for await (const extracted of extractInputs(inputs)) {
    const article = annotateArticle(extracted);
    if (reportProblems(article.source, article.messages)) failed = true;
    if (writer) writer.write(toAnnotationRecord(article));
    else process.stdout.write(renderAnnotations(article));
  }
  writer?.end();
  return failed ? 1 : 0;
}

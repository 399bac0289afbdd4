import type { Command } from 'commander';
import { Option } from 'commander';
import { readInputs } from '../ingest/read-inputs.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type ReadOptions } from '../ingest/read-options.js';
import { extractArticle } from '../extract/extract-article.js';
import { failedExtractionRecord, toExtractionRecord } from '../extract/extraction-record.js';
import type { ExtractedArticle, RawDocument } from '../model/index.js';
import { ParallaxError } from '../model/index.js';
import { defaultFormat, outputSink, type ArticleSink, type OutputFormat } from './output.js';
import { reportProblems } from './report-problems.js';
import { defaultDatabaseFile } from './db-option.js';
import { storeSink } from './store-sink.js';

export interface ExtractOptions {
  format?: OutputFormat;
  maxMb?: string;
  timeoutMs?: string;
  /** `--db` alone: the default store file; `--db FILE`: that file. */
  db?: string | boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('turn news documents (files, folders, -, URLs) into clean articles with metadata')
    .argument('<inputs...>', 'files, folders (recursively), - for standard input, or http(s) URLs')
    .addOption(new Option('--format <format>', 'output format (default: text on a terminal, json otherwise)').choices(['text', 'json', 'jsonl']))
    .option('--max-mb <n>', 'refuse inputs larger than this many megabytes', String(DEFAULT_MAX_BYTES / (1024 * 1024)))
    .option('--timeout-ms <n>', 'time limit of one URL fetch', String(DEFAULT_TIMEOUT_MS))
    .option('--db [file]', 'also store the articles in a SQLite store (default file: $PARALLAX_DB or ./parallax.db)')
    .action(async (inputs: string[], options: ExtractOptions) => {
      process.exitCode = await runExtract(inputs, options);
    });
}

/** Reads, extracts and writes every input in order; returns the exit code (1 when any input failed). */
export async function runExtract(inputs: readonly string[], options: ExtractOptions): Promise<number> {
  const sinks: ArticleSink[] = [outputSink(process.stdout, options.format ?? defaultFormat(process.stdout))];
  if (options.db) sinks.push(storeSink(options.db === true ? defaultDatabaseFile() : options.db));
  let failed = false;
  for await (const raw of readInputs(inputs, readOptions(options))) {
    const article = extractSafely(raw);
    if (reportProblems(article.source, article.messages)) failed = true;
    for (const sink of sinks) await sink.write(article);
  }
  for (const sink of sinks) await sink.end();
  return failed ? 1 : 0;
}

/** One bad page must not end the run: a throw in extraction becomes that record's error message. */
function extractSafely(raw: RawDocument): ExtractedArticle {
  try {
    return toExtractionRecord(extractArticle(raw));
  } catch (error) {
    if (process.env.PARALLAX_DEBUG) process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    return failedExtractionRecord(raw, error);
  }
}

function readOptions(options: ExtractOptions): ReadOptions {
  const maxMb = Number(options.maxMb ?? DEFAULT_MAX_BYTES / (1024 * 1024));
  const timeoutMs = Number(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (!(maxMb > 0)) throw new ParallaxError('PX010', `--max-mb must be a positive number, not "${options.maxMb}".`);
  if (!(timeoutMs > 0)) throw new ParallaxError('PX010', `--timeout-ms must be a positive number, not "${options.timeoutMs}".`);
  return { maxBytes: Math.round(maxMb * 1024 * 1024), timeoutMs };
}

import type { Command } from 'commander';
import { Option } from 'commander';
import { ingestCorpus } from '../corpus/ingest-corpus.js';
import { countInputFiles } from '../corpus/count-input-files.js';
import { CHECKPOINT_EVERY_ARTICLES } from '../corpus/story-assignment.js';
import { formatSummary } from '../corpus/ingest-summary.js';
import { openStore } from '../store/open-store.js';
import { databaseOption, defaultDatabaseFile } from './db-option.js';
import { createIngestProgress } from './ingest-progress.js';
import { reportProblems } from './report-problems.js';
import { wholeNumberOption } from './whole-number.js';

interface IngestCommandOptions {
  db?: string;
  threads?: string;
  annotate?: boolean;
  batchSize?: string;
  checkpointEvery?: string;
  format?: 'text' | 'json';
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('read, extract, deduplicate and group news documents into stories in a store (resumable)')
    .argument('<inputs...>', 'files, folders (recursively), - for standard input, or http(s) URLs')
    .addOption(databaseOption())
    .option('--threads <n>', 'extraction threads (default: one per core; 0: in-process)')
    .option('--annotate', 'run the full annotation pipeline before storing')
    .option('--batch-size <n>', 'documents per transaction (a kill loses at most one batch, redone on the next run)', '200')
    .option('--checkpoint-every <n>', 'articles clustered between saves of the story clusterer\'s state (a resumed run replays at most this many)', String(CHECKPOINT_EVERY_ARTICLES))
    .addOption(new Option('--format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .action(async (inputs: string[], options: IngestCommandOptions) => {
      process.exitCode = await runIngest(inputs, options);
    });
}

async function runIngest(inputs: string[], options: IngestCommandOptions): Promise<number> {
  const threads = options.threads === undefined ? undefined : wholeNumberOption('--threads', options.threads, 0);
  const batchSize = wholeNumberOption('--batch-size', options.batchSize ?? '200', 1);
  const checkpointEvery = wholeNumberOption('--checkpoint-every', options.checkpointEvery ?? String(CHECKPOINT_EVERY_ARTICLES), 1);
  const store = await openStore(options.db ?? defaultDatabaseFile(), { backgroundCheckpoints: true });
  const progress = createIngestProgress(await countInputFiles(inputs));
  try {
    const summary = await ingestCorpus({
      store, inputs, batchSize, checkpointEvery, annotate: options.annotate ?? false,
      ...(threads === undefined ? {} : { threads }),
      onProgress: (current) => progress.update(current),
      onProblem: (source, messages) => { reportProblems(source, messages); },
    });
    progress.update(summary);
    progress.stop();
    process.stdout.write(options.format === 'json' ? `${JSON.stringify(summary)}\n` : `${formatSummary(summary)}\n`);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    progress.stop();
    await store.close();
  }
}

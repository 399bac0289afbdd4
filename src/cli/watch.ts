import type { Command } from 'commander';
import { Option } from 'commander';
import { ingestCorpus } from '../corpus/ingest-corpus.js';
import { formatSummary } from '../corpus/ingest-summary.js';
import { openFetchCache } from '../ingest/fetch/fetch-cache.js';
import { parseInterval, resolveFeedList } from '../ingest/fetch/feed-list.js';
import { createPoliteFetcher } from '../ingest/fetch/polite-fetch.js';
import { pollFeeds } from '../ingest/fetch/poll-feeds.js';
import { ParallaxError } from '../model/index.js';
import { wholeNumberOption } from './whole-number.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { databaseOption, defaultDatabaseFile } from './db-option.js';
import { reportProblems } from './report-problems.js';

interface WatchCommandOptions {
  db?: string;
  interval: string;
  once?: boolean;
  fetchPages?: boolean;
  threads?: string;
}

/**
 * Feeds polled below 1 minute apart gain nothing (news feeds update every few minutes) and
 * burden the publisher; shorter intervals are refused.
 */
const MIN_INTERVAL_MS = 60_000;

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll feeds (URLs, OPML files, or files of URLs) politely on a schedule and ingest what is new')
    .argument('<feeds...>', 'feed URLs, OPML files, or text files with one feed URL a line')
    .addOption(databaseOption())
    .option('--interval <duration>', 'time between polls: 90s, 15m, 1h', '15m')
    .option('--once', 'poll once and exit')
    .option('--fetch-pages', "fetch each new entry's page instead of reading the feed's summary")
    .addOption(new Option('--threads <n>', 'extraction threads (default: one per core; 0: in-process)'))
    .action(async (inputs: string[], options: WatchCommandOptions) => {
      process.exitCode = await runWatch(inputs, options);
    });
}

async function runWatch(inputs: string[], options: WatchCommandOptions): Promise<number> {
  const intervalMs = parseInterval(options.interval);
  if (intervalMs === null || (!options.once && intervalMs < MIN_INTERVAL_MS)) {
    throw new ParallaxError('PX010', `--interval must be a duration of at least 1m (like 15m or 1h), not "${options.interval}".`);
  }
  const { feeds, messages } = await resolveFeedList(inputs);
  for (const message of messages) reportProblems(message.source ?? 'watch', [message]);
  if (feeds.length === 0) throw new ParallaxError('PX010', 'No feed to watch: give feed URLs, OPML files or files of URLs.');
  const dbFile = options.db ?? defaultDatabaseFile();
  const store = openSqliteStore(dbFile);
  const cache = openFetchCache(`${dbFile}.fetch-cache.json`);
  const fetcher = createPoliteFetcher({ cache });
  const threads = options.threads === undefined ? undefined : wholeNumberOption('--threads', options.threads, 0);
  let stopping = false;
  let wake: (() => void) | null = null;
  const stop = () => { stopping = true; wake?.(); };
  process.once('SIGINT', stop).once('SIGTERM', stop);
  try {
    for (;;) {
      const round = await pollFeeds(feeds, { fetcher, cache, fetchLinkedPages: options.fetchPages ?? false });
      for (const problem of round.problems) reportProblems(problem.source ?? 'watch', [problem]);
      const summary = await ingestCorpus({
        store, inputs: [], documents: round.documents, ...(threads === undefined ? {} : { threads }),
        onProblem: (source, problems) => { reportProblems(source, problems); },
      });
      round.markSeen();
      process.stdout.write(`${new Date().toISOString()} ${feeds.length} feeds: ${round.feedsChanged} changed, ${round.feedsUnchanged} unchanged, ${round.documents.length} new entries; ${formatSummary(summary)}\n`);
      if (options.once || stopping) return 0;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wake = () => { clearTimeout(timer); resolve(); };
      });
      if (stopping) return 0;
    }
  } finally {
    process.off('SIGINT', stop).off('SIGTERM', stop);
    await store.close();
  }
}

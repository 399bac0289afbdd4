import type { Message, RawDocument } from '../model/index.js';
import { readInputs } from '../ingest/read-inputs.js';
import { loadShingleHasher } from '../dedup/shingles.js';
import { stableHash } from '../text/hash.js';
import type { Store } from '../store/store.js';
import type { StoryClusterer } from '../cluster/index.js';
import { createExtractPool } from './extract-pool.js';
import type { ExtractResult } from './extract-worker.js';
import { ingestDocument, type IngestContext } from './ingest-document.js';
import { emptySummary, type IngestSummary } from './ingest-summary.js';
import { restoreClusterer } from './story-assignment.js';
import { readAhead } from './read-ahead.js';
import { syncStoryTitles } from './story-membership.js';

export interface IngestOptions {
  store: Store;
  inputs: readonly string[];
  /** Documents already read (by `parallax watch` from feeds); when given, `inputs` is not read. */
  documents?: AsyncIterable<RawDocument> | Iterable<RawDocument>;
  /** Extraction threads; 0 extracts in-process. Default: one per core. */
  threads?: number;
  /** Run the full annotation pipeline before storing. */
  annotate?: boolean;
  /**
   * Documents per transaction. A kill loses at most one uncommitted batch, which the next run
   * redoes; 200 keeps commits (an fsync-free WAL append each) well under 1% of the time.
   */
  batchSize?: number;
  /** Called as each document is extracted and after each commit (renderers throttle). */
  onProgress?(summary: IngestSummary): void;
  onProblem?(source: string, messages: readonly Message[]): void;
}

/** Documents read ahead of extraction: a few batches' worth of file I/O kept in flight. */
const READ_AHEAD_DOCUMENTS = 64;

/** A document's identity across runs: where it came from and its exact bytes. */
export function documentKey(raw: RawDocument): string {
  return stableHash(`${raw.source}\u0000${raw.hints.id ?? ''}\u0000${raw.body}`);
}

/**
 * Inputs → stored, deduplicated articles grouped into stories. Extraction runs on worker threads;
 * dedup, clustering and storage run on this thread in input order, a batch per transaction,
 * so the result is the same whatever the thread timing, and a run killed at any moment and run
 * again stores nothing twice and ends with the same stories.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const { store } = options;
  const { clusterer, replayed } = await restoreClusterer(store);
  // A killed run may have left stories named by their first article; name them as the clusterer
  // does before going on (a finished run has already done it, so this changes nothing then).
  if (replayed > 0) await syncAllTitles(store, clusterer);
  const context: IngestContext = {
    store, hasher: await loadShingleHasher(), clusterer, summary: emptySummary(),
    createdStories: new Set(), grownStories: new Set(),
  };
  const pool = createExtractPool(options.threads);
  const batchSize = options.batchSize ?? 200;
  const pending: Array<{ key: string; result: Promise<ExtractResult> }> = [];
  let batch: Array<{ key: string; result: ExtractResult }> = [];

  const commit = async () => {
    const items = batch;
    batch = [];
    await store.transaction(async () => {
      for (const item of items) await ingestDocument(context, item.key, item.result);
    });
    context.summary.elapsedMs = performance.now() - started;
    options.onProgress?.(context.summary);
  };
  const settleOldest = async () => {
    const oldest = pending.shift()!;
    const result = await oldest.result;
    if (options.onProblem && result.fingerprint === null) options.onProblem(result.article.source, result.article.messages);
    batch.push({ key: oldest.key, result });
    if (batch.length >= batchSize) await commit();
    else {
      context.summary.elapsedMs = performance.now() - started;
      options.onProgress?.(context.summary);
    }
  };

  try {
    for await (const raw of options.documents ?? readInputs(options.inputs)) {
      context.summary.read += 1;
      const key = documentKey(raw);
      if (await store.getDocument(key)) { context.summary.alreadyIngested += 1; continue; }
      pending.push({ key, result: pool.run({ raw, annotate: options.annotate ?? false }) });
      if (pending.length >= pool.window) await settleOldest();
    }
    while (pending.length > 0) await settleOldest();
    if (batch.length > 0) await commit();
  } finally {
    await Promise.allSettled(pending.map((item) => item.result));
    await pool.close();
  }
  await store.transaction(() => syncStoryTitles(store, storyTitles(clusterer), new Set([...context.createdStories, ...context.grownStories])));
  context.summary.storiesCreated = context.createdStories.size;
  context.summary.storiesGrown = context.grownStories.size;
  context.summary.elapsedMs = performance.now() - started;
  return context.summary;
}

function storyTitles(clusterer: StoryClusterer): Map<string, string> {
  return new Map(clusterer.stories().map((story) => [story.id, story.title]));
}

async function syncAllTitles(store: Store, clusterer: StoryClusterer): Promise<void> {
  const titles = storyTitles(clusterer);
  await store.transaction(() => syncStoryTitles(store, titles, new Set(titles.keys())));
}

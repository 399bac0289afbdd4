import type { Message, RawDocument } from '../model/index.js';
import { readInputs } from '../ingest/read-inputs.js';
import { loadShingleHasher } from '../dedup/shingles.js';
import { createShingleCache } from '../dedup/shingle-cache.js';
import type { Store } from '../store/store.js';
import type { StoryClusterer } from '../cluster/index.js';
import { createExtractPool } from './extract-pool.js';
import type { KeyedResult } from './extract-worker.js';
import { documentKey } from './document-key.js';
import { listInputFiles } from '../ingest/list-input-files.js';
import { isUrl } from '../ingest/load-input.js';
import { ingestDocument, type IngestContext } from './ingest-document.js';
import { emptySummary, type IngestSummary } from './ingest-summary.js';
import { CHECKPOINT_EVERY_ARTICLES, restoreClusterer, saveClustererCheckpoint } from './story-assignment.js';
import { syncStoryTitles } from './story-membership.js';
import { limitHeapGrowth } from './heap-growth.js';

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
  /** Articles clustered between saved clusterer checkpoints (default CHECKPOINT_EVERY_ARTICLES). */
  checkpointEvery?: number;
  /** Called as each document is extracted and after each commit (renderers throttle). */
  onProgress?(summary: IngestSummary): void;
  onProblem?(source: string, messages: readonly Message[]): void;
}

export { documentKey };

/**
 * Stored articles whose shingle sets dedup keeps: ten articles' worth of candidates (50 each),
 * about 1.6 MB as sorted arrays of 800 shingles (15 MB when they were Sets).
 */
const SHINGLE_CACHE_ARTICLES = 500;

/** Files by convention holding one document: a page or a text (others may hold many). */
const SINGLE_DOCUMENT_FILE = /\.(?:txt|text|html?|xhtml|shtml)$/i;

/**
 * Whether the worker threads read the inputs as well as extract them: when every input is a
 * local path and the store holds no article yet. A store with articles may hold some of these
 * documents, and skipping those before extraction needs their keys, hence their text, here;
 * ingestDocument checks the key again either way, so both paths store the same.
 */
async function readsInWorkers(options: IngestOptions): Promise<boolean> {
  if (options.documents !== undefined) return false;
  if (options.inputs.some((input) => input === '-' || isUrl(input))) return false;
  return (await options.store.listArticles({ limit: 1 })).length === 0;
}

/**
 * Inputs → stored, deduplicated articles grouped into stories. Extraction runs on worker threads;
 * dedup, clustering and storage run on this thread in input order, a batch per transaction,
 * so the result is the same whatever the thread timing, and a run killed at any moment and run
 * again stores nothing twice and ends with the same stories.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  limitHeapGrowth();
  const { store } = options;
  const { clusterer, replayed, fromCheckpoint } = await restoreClusterer(store);
  // A killed run may have left stories named by their first article; name them as the clusterer
  // does before going on (a finished run has already done it, so this changes nothing then).
  if (replayed > 0 || fromCheckpoint) await syncAllTitles(store, clusterer);
  const hasher = await loadShingleHasher();
  const context: IngestContext = {
    store, hasher, shingles: createShingleCache(hasher, SHINGLE_CACHE_ARTICLES), clusterer, summary: emptySummary(),
    createdStories: new Set(), grownStories: new Set(),
  };
  const checkpointEvery = options.checkpointEvery ?? CHECKPOINT_EVERY_ARTICLES;
  // Where the saved state stands: the articles replayed on top of it are not in it yet.
  let checkpointedAt = clusterer.articleCount() - replayed;
  // In the transaction that logged the articles it covers, so a kill never separates the two.
  const checkpointIfDue = async (due: number) => {
    if (clusterer.articleCount() - checkpointedAt < due) return;
    await saveClustererCheckpoint(store, clusterer);
    checkpointedAt = clusterer.articleCount();
  };
  const batchSize = options.batchSize ?? 200;
  // Two batches in flight: the threads extract the next one while this thread writes one.
  const pool = createExtractPool(options.threads, 2 * batchSize, { annotate: options.annotate ?? false });
  const pending: Array<Promise<KeyedResult[]>> = [];
  let batch: KeyedResult[] = [];

  const commit = async () => {
    const items = batch;
    batch = [];
    await store.transaction(async () => {
      for (const item of items) await ingestDocument(context, item.key, item.result);
      await checkpointIfDue(checkpointEvery);
    });
    context.summary.elapsedMs = performance.now() - started;
    options.onProgress?.(context.summary);
  };
  const settleOldest = async () => {
    for (const item of await pending.shift()!) {
      if (options.onProblem && item.result.fingerprint === null) options.onProblem(item.result.article.source, item.result.article.messages);
      batch.push(item);
      if (batch.length >= batchSize) await commit();
      else {
        context.summary.elapsedMs = performance.now() - started;
        options.onProgress?.(context.summary);
      }
    }
  };
  const queue = async (work: Promise<KeyedResult[]>) => {
    pending.push(work);
    if (pending.length >= pool.window) await settleOldest();
  };

  const queueDocument = async (raw: RawDocument) => {
    context.summary.read += 1;
    const key = documentKey(raw);
    if (await store.getDocument(key)) { context.summary.alreadyIngested += 1; return; }
    await queue(pool.run({ raw, annotate: options.annotate ?? false }).then((result) => [{ key, result }]));
  };

  try {
    if (await readsInWorkers(options)) {
      // A fresh store: the threads read single-document files too, and the main thread only
      // lists them. A file that may hold many documents (JSONL, a feed, a WARC) is read here and
      // its documents spread over the threads, as one task it would keep one thread busy alone.
      const annotate = options.annotate ?? false;
      for await (const path of listInputFiles(options.inputs)) {
        if (!SINGLE_DOCUMENT_FILE.test(path)) {
          for await (const raw of readInputs([path])) await queueDocument(raw);
          continue;
        }
        await queue(pool.readAndExtract({ path, annotate }).then((results) => {
          context.summary.read += results.length;
          return results;
        }));
      }
    } else {
      // Documents given, URLs or a store with articles (a resumed or later run): read here, so
      // documents stored already are skipped before extraction.
      for await (const raw of options.documents ?? readInputs(options.inputs)) await queueDocument(raw);
    }
    while (pending.length > 0) await settleOldest();
    if (batch.length > 0) await commit();
  } finally {
    await Promise.allSettled(pending);
    await pool.close();
  }
  await store.transaction(async () => {
    // Live stories only: a retired one got its final title as it retired (assignStory), and a
    // long run creates hundreds of thousands.
    const titles = storyTitles(clusterer);
    const touched = new Set([...titles.keys()].filter((id) => context.createdStories.has(id) || context.grownStories.has(id)));
    await syncStoryTitles(store, titles, touched);
    // The next run (a later `ingest`, each poll of `watch`) starts from here without replaying.
    await checkpointIfDue(1);
  });
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

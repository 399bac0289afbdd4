import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { failedExtractionRecord } from '../extract/extraction-record.js';
import { readFileDocuments } from '../ingest/read-file-sync.js';
import { documentKey } from './document-key.js';
import type { ExtractResult, ExtractTask, KeyedResult, ReadTask } from './extract-worker.js';

export interface ExtractPool {
  run(task: ExtractTask): Promise<ExtractResult>;
  /** Reads a file and extracts its documents on a thread. */
  readAndExtract(task: ReadTask): Promise<KeyedResult[]>;
  /** Tasks a caller should keep in flight to keep every thread busy. */
  readonly window: number;
  close(): Promise<void>;
}

/** Tasks in flight per thread at least: enough that a thread never waits for the main loop, few enough to bound memory. */
const TASKS_PER_THREAD = 16;

/**
 * Heap limits of an extraction thread that does not annotate. V8 sizes a thread's heap for the
 * machine, not for the task, and lets it grow far past what extraction keeps alive (one page at
 * a time); on bench:ingest's first 110,000 documents these limits took peak memory from 1,595 to
 * 1,525 MB and the rate from 417 to 459 articles a second (likely as a small young generation stays in
 * the processor's cache). A page too big for them kills its thread and is extracted again on
 * the spare thread, which has none. Annotating threads hold the language models and keep V8's
 * own limits.
 */
const EXTRACTION_HEAP_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 };

export interface ExtractPoolOptions {
  /** Whether tasks will annotate (their threads then keep V8's heap limits). */
  annotate?: boolean;
  /** Another worker module with the same exports (tests use one that crashes on demand). */
  workerFile?: string;
}

type Task = ExtractTask | ReadTask;
type Result = ExtractResult | KeyedResult[];

/**
 * Extraction on worker threads, one per core by default (`threads: 0` runs in-process). The
 * worker's file is chosen at run time: the TypeScript build does not rewrite a path written as a
 * string, and a worker thread does not inherit tsx, so from sources the worker is a small
 * JavaScript file that registers tsx and loads the `.ts` worker. `minimumWindow`: tasks the caller
 * will keep in flight, when more than the threads need (ingest keeps two batches).
 *
 * A thread that dies (out of memory on a huge page, a crash) takes every task in flight on it
 * down with it, and those are many: rather than failing the run, each is run again alone on a
 * spare thread. The tasks that merely shared the dead thread then succeed; one that kills its
 * thread again becomes its document's failure, with the reason, and the run goes on.
 */
export function createExtractPool(threads = availableParallelism(), minimumWindow = 0, options: ExtractPoolOptions = {}): ExtractPool {
  if (threads <= 0) {
    // Loaded only here: with worker threads, the main thread never loads the extraction code.
    const worker = import('./extract-worker.js');
    return {
      run: async (task) => (await worker).default(task),
      readAndExtract: async (task) => (await worker).readAndExtract(task),
      window: 1,
      close: async () => {},
    };
  }
  const window = Math.max(threads * TASKS_PER_THREAD, minimumWindow);
  const workerFile = options.workerFile ?? defaultWorkerFile();
  const pool = new Piscina<Task, Result>({
    filename: workerFile,
    ...(options.annotate ? {} : { resourceLimits: EXTRACTION_HEAP_LIMITS }),
    minThreads: threads,
    maxThreads: threads,
    // Every task in flight goes to its thread at once. The pool hands out a queued task only
    // when this thread's event loop turns, which it does not while ingest writes a batch (most
    // of its time): with one task per thread, the threads idled through every write and the
    // main thread then waited for them (27% of its time on bench:ingest's corpus).
    concurrentTasksPerWorker: Math.ceil(window / threads),
  });
  // Started at the first death only: one thread, one task at a time, so a task that kills it
  // takes no other with it.
  let spare: Piscina<Task, Result> | undefined;
  const alone = (task: Task, name?: string) => {
    spare ??= new Piscina<Task, Result>({ filename: workerFile, minThreads: 1, maxThreads: 1, concurrentTasksPerWorker: 1 });
    return spare.run(task, name === undefined ? {} : { name });
  };
  return {
    run: (task) => (pool.run(task) as Promise<ExtractResult>)
      .catch(() => alone(task) as Promise<ExtractResult>)
      .catch((error: unknown) => failedTask(task, error)),
    readAndExtract: (task) => (pool.run(task, { name: 'readAndExtract' }) as Promise<KeyedResult[]>)
      .catch(() => alone(task, 'readAndExtract') as Promise<KeyedResult[]>)
      .catch((error: unknown) => failedRead(task, error)),
    window,
    close: async () => {
      await Promise.all([pool.destroy(), spare?.destroy()]);
    },
  };
}

function defaultWorkerFile(): string {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './extract-worker-source.js' : './extract-worker.js', import.meta.url).href;
}

function failedTask(task: ExtractTask, error: unknown): ExtractResult {
  return { article: failedExtractionRecord(task.raw, threadFailure(error)), fingerprint: null, clusterCounts: null };
}

/** The file's documents, read again here (for their keys), each failed with the thread's reason. */
async function failedRead(task: ReadTask, error: unknown): Promise<KeyedResult[]> {
  const results: KeyedResult[] = [];
  for await (const raw of readFileDocuments(task.path)) {
    results.push({ key: documentKey(raw), result: failedTask({ raw, annotate: task.annotate }, error) });
  }
  return results;
}

function threadFailure(error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`its thread stopped twice, alone the second time: ${reason}`);
}

import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
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
 * Extraction on worker threads, one per core by default (`threads: 0` runs in-process). The
 * worker's file is chosen at run time: the TypeScript build does not rewrite a path written as a
 * string, and a worker thread does not inherit tsx, so from sources the worker is a small
 * JavaScript file that registers tsx and loads the `.ts` worker. `minimumWindow`: tasks the caller
 * will keep in flight, when more than the threads need (ingest keeps two batches).
 */
export function createExtractPool(threads = availableParallelism(), minimumWindow = 0): ExtractPool {
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
  const fromSource = import.meta.url.endsWith('.ts');
  const pool = new Piscina<ExtractTask | ReadTask, ExtractResult | KeyedResult[]>({
    filename: new URL(fromSource ? './extract-worker-source.js' : './extract-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Every task in flight goes to its thread at once. The pool hands out a queued task only
    // when this thread's event loop turns, which it does not while ingest writes a batch (most
    // of its time): with one task per thread, the threads idled through every write and the
    // main thread then waited for them (27% of its time on bench:ingest's corpus).
    concurrentTasksPerWorker: Math.ceil(window / threads),
  });
  return {
    run: (task) => pool.run(task) as Promise<ExtractResult>,
    readAndExtract: (task) => pool.run(task, { name: 'readAndExtract' }) as Promise<KeyedResult[]>,
    window,
    close: () => pool.destroy(),
  };
}

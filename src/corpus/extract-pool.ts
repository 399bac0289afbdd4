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

/**
 * Tasks handed to each thread at once. The pool gives a thread its next task only when the main
 * thread's event loop turns, and it does not turn while the main thread writes a batch (most of
 * its time at scale): with one task per thread, the threads idled through every commit and the
 * main thread then waited for them, 22% of its time at 100k articles. With a queue of this many
 * per thread they extract the next batch meanwhile: on bench:ingest's first 100,000 documents,
 * 320 unique articles/s against 282/s, peak RSS 1,397 against 1,308 MB (BENCHMARKS.md).
 */
const TASKS_PER_THREAD = 128;

/**
 * Extraction on worker threads, one per core by default (`threads: 0` runs in-process). The
 * worker's file is chosen at run time: the TypeScript build does not rewrite a path written as a
 * string, and a worker thread does not inherit tsx, so from sources the worker is a small
 * JavaScript file that registers tsx and loads the `.ts` worker.
 */
export function createExtractPool(threads = availableParallelism()): ExtractPool {
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
  const fromSource = import.meta.url.endsWith('.ts');
  const pool = new Piscina<ExtractTask | ReadTask, ExtractResult | KeyedResult[]>({
    filename: new URL(fromSource ? './extract-worker-source.js' : './extract-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_PER_THREAD,
  });
  return {
    run: (task) => pool.run(task) as Promise<ExtractResult>,
    readAndExtract: (task) => pool.run(task, { name: 'readAndExtract' }) as Promise<KeyedResult[]>,
    window: threads * TASKS_PER_THREAD,
    close: () => pool.destroy(),
  };
}

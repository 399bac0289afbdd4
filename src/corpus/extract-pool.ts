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

/** Tasks queued per thread: enough that a thread never waits for the main loop, few enough to bound memory. */
const TASKS_PER_THREAD = 16;

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
  });
  return {
    run: (task) => pool.run(task) as Promise<ExtractResult>,
    readAndExtract: (task) => pool.run(task, { name: 'readAndExtract' }) as Promise<KeyedResult[]>,
    window: threads * TASKS_PER_THREAD,
    close: () => pool.destroy(),
  };
}

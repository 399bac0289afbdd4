import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Copies a WAL database's committed pages into the database file from a thread of its own, so
 * the writing thread's COMMITs only append to the log. On bench:ingest (20,000 articles into a
 * store of 118,000) checkpoints made from the writer were half of COMMIT's time, 0.7 ms of
 * ingest's main thread per article, and they grow with the store's indexes.
 *
 * PASSIVE checkpoints never wait for or block the writer and readers; the writer's own
 * automatic checkpoint stays as a backstop (see BACKSTOP_PAGES) should this thread fall behind.
 */
export interface BackgroundCheckpoints {
  /** Stops the thread (its last checkpoint finished or abandoned); the writer's close checkpoints the rest. */
  stop(): Promise<void>;
}

/**
 * How often the thread checkpoints. Each checkpoint copies every page changed since the last, so
 * a page an ingest rewrites batch after batch (index pages) is copied once per interval, not once
 * per commit: every 3 s (about five ingest commits) copies about as much as a writer that
 * checkpoints every 20,000 pages.
 */
const INTERVAL_MS = 3000;

/**
 * The writer's automatic checkpoint with a checkpointing thread: at 50,000 pages (200 MB) of
 * log, where reads through the log's index begin to slow down.
 */
export const BACKSTOP_PAGES = 50_000;

// CommonJS run with eval: the thread loads the same better-sqlite3 the store uses, by path.
const THREAD_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or gone: the next round, or the writer's backstop */ }
}, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export function startBackgroundCheckpoints(file: string, intervalMs = INTERVAL_MS): BackgroundCheckpoints {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD_CODE, { eval: true, workerData: { file, driver, intervalMs } });
  // A failure there (a file it cannot open) costs speed only: the writer's backstop checkpoints.
  worker.on('error', () => {});
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      worker.ref(); // else a process with nothing else to do exits before the thread has closed
      worker.postMessage('stop');
      await exited;
    },
  };
}

import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/**
 * How much an extraction thread defers to the rest of the process (a nice value; 0 is normal,
 * 19 the lowest). Ingest stores, deduplicates and clusters on the main thread, in input order,
 * and on a machine with as many cores as threads that thread sets the pace: when it competes
 * for a core with an extraction thread it slows, and every thread then waits for it. At 10
 * the extraction threads run on what the main thread leaves (on Linux a nice-10 thread gets
 * about a tenth of a core that a normal one also wants), which is all a core when only one
 * other core is busy; alone on a machine they run at full speed.
 */
const EXTRACTION_NICENESS = 10;

/**
 * Lowers this worker thread's scheduling priority (Linux only: there a thread's priority is its
 * own, set through its thread id). Elsewhere, on the main thread, or where it is not permitted,
 * the thread keeps the normal priority; the order of results does not depend on it.
 */
export function deferToMainThread(): void {
  if (isMainThread || process.platform !== 'linux') return;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, EXTRACTION_NICENESS);
  } catch {
    // No /proc or no permission: scheduling stays as it was.
  }
}

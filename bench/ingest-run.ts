// One measured ingest (spawned by bench/ingest.ts, so peak memory is this process's alone):
// node --import tsx bench/ingest-run.ts CORPUS_FOLDER DB_FILE [--annotate]
// Progress lines go to stderr every PROGRESS_EVERY documents (and at least every 30 s), so even
// an interrupted run of a million leaves its rate and memory curve behind.
import { statSync, existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ingestCorpus } from '../src/corpus/ingest-corpus.js';

const PROGRESS_EVERY = Number(process.env.PARALLAX_BENCH_PROGRESS_EVERY ?? 10_000);
const PROGRESS_MAX_MS = 30_000;

/**
 * The main thread's own CPU seconds (Linux: its task's utime + stime, in clock ticks of 10 ms).
 * Unlike event-loop utilization this does not count time spent waiting for a core, so it stays
 * meaningful while other jobs load the machine; null where /proc is absent.
 */
function mainThreadCpuSeconds(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

const [corpus, db] = process.argv.slice(2);
if (!corpus || !db) throw new Error('usage: ingest-run.ts CORPUS_FOLDER DB_FILE [--annotate]');
const annotate = process.argv.includes('--annotate');
// As `parallax ingest` opens it.
const store = openSqliteStore(db, { backgroundCheckpoints: true });
let lastReport = performance.now();
let nextReport = PROGRESS_EVERY;
const summary = await ingestCorpus({
  store, inputs: [corpus], annotate,
  onProgress(current) {
    const done = current.stored + current.exactDuplicates + current.failed;
    if (done < nextReport && performance.now() - lastReport < PROGRESS_MAX_MS) return;
    if (done >= nextReport) nextReport = (Math.floor(done / PROGRESS_EVERY) + 1) * PROGRESS_EVERY;
    lastReport = performance.now();
    const memory = process.memoryUsage();
    const rssMb = mb(memory.rss);
    const cpu = process.cpuUsage();
    const seconds = current.elapsedMs / 1000;
    process.stderr.write(`  ${done} done (${current.stored} stored), ${seconds.toFixed(0)} s, ${(current.stored / seconds).toFixed(0)} stored/s, `
      + `CPU ${((cpu.user + cpu.system) / 1000 / Math.max(1, current.stored)).toFixed(2)} ms/stored, `
      + `main thread ${((mainThreadCpuSeconds() ?? Number.NaN) * 1000 / Math.max(1, current.stored)).toFixed(2)} ms CPU/stored (busy ${(performance.eventLoopUtilization().active / Math.max(1, current.stored)).toFixed(2)}), `
      + `rss ${rssMb} MB, heap ${mb(memory.heapUsed)} of ${mb(memory.heapTotal)} MB (main thread; external ${mb(memory.external)} MB), load ${loadavg()[0]?.toFixed(1)}\n`);
  },
});
await store.close();
const usage = process.resourceUsage();
const bytes = (file: string) => (existsSync(file) ? statSync(file).size : 0);
process.stdout.write(`${JSON.stringify({
  summary,
  peakRssMb: Math.round(usage.maxRSS / 1024),
  // CPU time of every thread of the process, and the main thread's busy time: load-independent
  // costs, since other jobs share this machine's two cores.
  cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
  mainThreadBusySeconds: performance.eventLoopUtilization().active / 1000,
  mainThreadCpuSeconds: mainThreadCpuSeconds(),
  databaseBytes: bytes(db) + bytes(`${db}-wal`),
})}\n`);

// One measured ingest (spawned by bench/ingest.ts, so peak memory is this process's alone):
// node --import tsx bench/ingest-run.ts CORPUS_FOLDER DB_FILE [--annotate]
import { statSync, existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { ingestCorpus } from '../src/corpus/ingest-corpus.js';

const [corpus, db] = process.argv.slice(2);
if (!corpus || !db) throw new Error('usage: ingest-run.ts CORPUS_FOLDER DB_FILE [--annotate]');
const annotate = process.argv.includes('--annotate');
const store = openSqliteStore(db);
let lastReport = performance.now();
const summary = await ingestCorpus({
  store, inputs: [corpus], annotate,
  onProgress(current) {
    if (performance.now() - lastReport < 30_000) return;
    lastReport = performance.now();
    process.stderr.write(`  ${current.read} read, ${Math.round(current.elapsedMs / 1000)} s, rss ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MB\n`);
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
  databaseBytes: bytes(db) + bytes(`${db}-wal`),
})}\n`);

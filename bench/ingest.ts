// npm run bench:ingest [-- --sizes 10000,100000 --annotate-sizes 10000 --db-dir DIR --peer-size 10000]
// Builds each corpus size once under bench/out/ (see ingest-corpus.ts), ingests it into a fresh
// SQLite store in a child process (under --db-dir, default bench/out/), and prints a Markdown
// table for BENCHMARKS.md. The child's progress lines (count, rate, CPU, RSS) stream to stderr.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { DATA_ROOT } from '../test/eval/check-floors.js';
import { writeBenchCorpus, type BenchCorpus } from './ingest-corpus.js';
import { runIngestPeer } from './ingest-peer.js';

const OUT = join(import.meta.dirname, 'out');
const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const sizes = argument('--sizes', '10000,100000').split(',').map(Number);
const annotateSizes = new Set(argument('--annotate-sizes', '10000').split(',').filter(Boolean).map(Number));
const dbDirectory = argument('--db-dir', OUT);
// The scikit-learn peer runs in the same run on this corpus size (and on the ECB+ and BASIL
// streams); its clustering cost grows with the square of the corpus, so not on the big ones.
// `--peer-size 0` leaves it out.
const peerSize = Number(argument('--peer-size', '10000'));

if (!existsSync(DATA_ROOT)) {
  process.stderr.write(`bench:ingest needs the evaluation data at ${DATA_ROOT} (set PARALLAX_DATA); skipped.\n`);
  process.exit(0);
}

function corpusOf(size: number): BenchCorpus {
  const folder = join(OUT, `corpus-${size}`);
  const manifest = join(folder, 'manifest.json');
  if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')) as BenchCorpus;
  rmSync(folder, { recursive: true, force: true });
  const started = performance.now();
  const corpus = writeBenchCorpus(DATA_ROOT, join(folder, 'documents'), size);
  writeFileSync(manifest, JSON.stringify(corpus));
  process.stderr.write(`corpus ${size}: ${corpus.documents} documents, median ${corpus.medianWords} words, built in ${Math.round((performance.now() - started) / 1000)} s\n`);
  return corpus;
}

interface RunResult {
  summary: { stored: number; nearDuplicates: number; wireCopies: number; exactDuplicates: number; failed: number; storiesCreated: number; elapsedMs: number };
  peakRssMb: number; databaseBytes: number; cpuSeconds: number; mainThreadBusySeconds: number;
  /** Null where /proc is absent (then the busy time stands in). */
  mainThreadCpuSeconds: number | null;
}

function measure(corpus: BenchCorpus, annotate: boolean): RunResult {
  mkdirSync(dbDirectory, { recursive: true });
  const db = join(dbDirectory, `ingest-${corpus.unique}${annotate ? '-annotated' : ''}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  const output = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'ingest-run.ts'), corpus.folder, db, ...(annotate ? ['--annotate'] : [])],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split('\n').pop() as string) as RunResult;
}

mkdirSync(OUT, { recursive: true });
const rows: string[] = [];
for (const size of sizes) {
  const corpus = corpusOf(size);
  for (const annotate of annotateSizes.has(size) ? [false, true] : [false]) {
    process.stderr.write(`ingest ${size}${annotate ? ' --annotate' : ''} (load ${loadavg().map((value) => value.toFixed(1)).join(' ')})…\n`);
    const result = measure(corpus, annotate);
    const { summary } = result;
    const unique = summary.stored - summary.nearDuplicates - summary.wireCopies;
    const seconds = summary.elapsedMs / 1000;
    // What two idle cores would sustain: all threads' CPU time spread over both cores, capped by
    // the main thread (dedup, clustering, storage run there, one article at a time). The main
    // thread's CPU time, not its busy time: under load, busy time includes waiting for a core.
    const mainThreadSeconds = result.mainThreadCpuSeconds ?? result.mainThreadBusySeconds;
    const projected = Math.min(2 / (result.cpuSeconds / unique), 1 / (mainThreadSeconds / unique));
    rows.push(`| ${size.toLocaleString('en')} | ${annotate ? 'full annotation' : 'as designed'} | ${corpus.documents.toLocaleString('en')} | ${unique.toLocaleString('en')} | ${summary.exactDuplicates}/${corpus.exactDuplicates} · ${summary.nearDuplicates}/${corpus.nearDuplicates} · ${summary.wireCopies}/${corpus.wireCopies} | ${summary.storiesCreated.toLocaleString('en')} | ${seconds.toFixed(1)} | **${Math.round(unique / seconds)}** | ${(1000 * seconds / unique).toFixed(2)} | ${(1000 * result.cpuSeconds / unique).toFixed(2)} | ${(1000 * mainThreadSeconds / unique).toFixed(2)} | ${(1000 * result.mainThreadBusySeconds / unique).toFixed(2)} | ${Math.round(projected)} | ${result.peakRssMb} | ${(result.databaseBytes / 2 ** 20).toFixed(0)} | ${(result.databaseBytes / unique / 1024).toFixed(1)} |`);
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
}
const peer = peerSize > 0
  ? await runIngestPeer({ dataRoot: DATA_ROOT, corpusFolder: corpusOf(peerSize).folder, corpusUnique: corpusOf(peerSize).unique })
  : undefined;
process.stdout.write([
  `Measured on ${availableParallelism()} cores, Node ${process.version}, load average at the end ${loadavg().map((value) => value.toFixed(1)).join(' ')}.`,
  '',
  '| unique articles | ingest | documents | unique stored | dup found/injected: exact · near · wire | stories | seconds | unique articles/s | wall ms per article | CPU ms per article (all threads) | main-thread CPU ms per article | main-thread busy ms per article | projected articles/s on 2 idle cores | peak RSS MB | database MB | KB per article |',
  '| ---: | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  ...(peer ? ['Peer, in the same run:', '', peer.markdown, ''] : []),
].join('\n'));

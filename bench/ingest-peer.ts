/**
 * The scikit-learn peer of `npm run bench:ingest` (bench/peer-sklearn-cluster.py: TF-IDF with
 * single-pass online clustering), run in the same process tree as Parallax's measurements:
 *  (a) on the ECB+ and BASIL streams of `parallax eval stories` (same texts, same order, same
 *      BCubed scorer), beside Parallax's clusterer, rounds alternating, best rate of each kept;
 *      the peer's threshold is tuned on the ECB+ topics (0.05–0.60) and reused for BASIL;
 *  (b) on the benchmark corpus folder, its articles/s and peak RSS, to set beside Parallax's
 *      ingest rate.
 * Standalone: node --import tsx bench/ingest-peer.ts [--corpus FOLDER] [--rounds N]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { scoreBCubed, type BCubedScore } from '../src/eval/stories-bcubed.js';
import { readBasil, readEcbPlus, type StoryDocument } from '../src/eval/stories-data.js';
import { extractAsIngestWould, runStoriesEval } from '../src/eval/stories.js';
import { DATA_ROOT } from '../test/eval/check-floors.js';
import { runPeer, sklearnAvailable } from './peer-sklearn.js';

/** The peer's tuning sweep on ECB+, as bench/peer-sklearn-cluster.py --tune: 0.05 to 0.60 by 0.01. */
const TUNING_THRESHOLDS = Array.from({ length: 56 }, (_, step) => (5 + step) / 100);
export const PEER_SKIPPED = 'skipped: python3-sklearn not installed; run npm run setup:bench';

export interface IngestPeerOptions {
  /** The evaluation data root (../shared/data); its stories/ecbplus and stories/basil are read. */
  dataRoot: string;
  /**
   * The benchmark corpus' documents folder (bench/out/corpus-N/documents); part (b) is left out
   * without it. Give it the 10,000 corpus: the peer compares each document with every earlier one
   * (through sparse products), about 6 s of clustering at 10,400 documents and ~100× that at 100,000.
   */
  corpusFolder?: string;
  /** Unique articles in that corpus (its manifest's `unique`), to give the peer's rate in the ingest table's unit. */
  corpusUnique?: number;
  /** Alternating rounds of Parallax and the peer on each story set; the best rate of each is kept. Default 2. */
  rounds?: number;
  /** Progress lines (default: standard error). */
  log?: (line: string) => void;
}

export interface StoryRow extends BCubedScore { set: 'ECB+' | 'BASIL'; system: 'Parallax' | 'scikit-learn'; documents: number; documentsPerSecond: number }

export interface CorpusPeerRow {
  documents: number; uniqueArticles?: number; threshold: number; clusters: number;
  readSeconds: number; vectorizeSeconds: number; clusterSeconds: number; cpuSeconds: number;
  documentsPerSecond: number; uniqueArticlesPerSecond?: number; peakRssMb: number;
}

export interface IngestPeerResult {
  /** A Markdown section for BENCHMARKS.md (or the skip message). */
  markdown: string;
  /** Why the peer did not run, when it did not. */
  skipped?: string;
  threshold?: number;
  storyRows: StoryRow[];
  corpusRow?: CorpusPeerRow;
}

/** The texts `parallax eval stories` clusters, after the extraction `parallax ingest` applies, as the peer's stream. */
function peerStream(documents: readonly StoryDocument[]): string {
  return documents.map((document) => {
    const article = extractAsIngestWould(document);
    return `${JSON.stringify({ id: document.id, gold: document.gold, title: article.title, text: article.text })}\n`;
  }).join('');
}

function scorePeer(documents: readonly StoryDocument[], labels: readonly number[]): BCubedScore {
  const predicted = new Map(documents.map((document, index) => [document.id, `peer-${labels[index]}`]));
  return scoreBCubed(predicted, new Map(documents.map((document) => [document.id, document.gold])));
}

function storyRows(options: IngestPeerOptions, log: (line: string) => void): { rows: StoryRow[]; threshold: number; version: string } {
  const sets = [
    { set: 'ECB+' as const, data: join(options.dataRoot, 'stories', 'ecbplus'), read: readEcbPlus },
    { set: 'BASIL' as const, data: join(options.dataRoot, 'stories', 'basil'), read: readBasil },
  ];
  const streams = sets.map(({ data, read }) => { const documents = read(data); return { documents, stream: peerStream(documents) }; });
  const best = new Map<string, StoryRow>();
  const keep = (row: StoryRow) => {
    const before = best.get(`${row.set}/${row.system}`);
    if (!before || row.documentsPerSecond > before.documentsPerSecond) best.set(`${row.set}/${row.system}`, row);
  };
  let threshold: number | undefined;
  let version = '';
  // Parallax and the peer alternate within each round, so a burst of load from other jobs hits
  // both; each keeps its best rate. Scores do not change between rounds (both are deterministic).
  for (let round = 1; round <= (options.rounds ?? 2); round += 1) {
    sets.forEach(({ set, data }, index) => {
      const { documents, stream } = streams[index]!;
      log(`peer round ${round}: ${set} (load ${loadavg().map((value) => value.toFixed(1)).join(' ')})`);
      const { metrics } = runStoriesEval({ data });
      keep({ set, system: 'Parallax', documents: documents.length, ...scoreOf(metrics), documentsPerSecond: metrics['documentsPerSecond'] ?? 0 });
      const output = runPeer({ stream }, threshold === undefined ? TUNING_THRESHOLDS : [threshold]);
      version = output.sklearnVersion;
      // Tuning: the threshold with the best BCubed F1 on the ECB+ topics (the first set, first round).
      const scored = output.runs.map((run) => ({ run, score: scorePeer(documents, run.labels) }));
      const chosen = scored.reduce((a, b) => (b.score.f1 > a.score.f1 ? b : a));
      threshold ??= chosen.run.threshold;
      const seconds = output.vectorizeSeconds + chosen.run.clusterSeconds;
      keep({ set, system: 'scikit-learn', documents: documents.length, ...chosen.score, documentsPerSecond: documents.length / seconds });
    });
  }
  return { rows: [...best.values()], threshold: threshold ?? 0, version };
}

/** The BCubed fields of `parallax eval stories`' metrics. */
function scoreOf(metrics: Readonly<Record<string, number>>): BCubedScore {
  const field = (name: keyof BCubedScore) => metrics[name] ?? Number.NaN;
  return { precision: field('precision'), recall: field('recall'), f1: field('f1'), storiesFound: field('storiesFound'), storiesGold: field('storiesGold') };
}

function corpusRow(folder: string, threshold: number, uniqueArticles: number | undefined): CorpusPeerRow {
  const output = runPeer({ corpusFolder: folder }, [threshold]);
  const run = output.runs[0]!;
  const seconds = output.readSeconds + output.vectorizeSeconds + run.clusterSeconds;
  return {
    documents: output.documents, ...(uniqueArticles === undefined ? {} : { uniqueArticles, uniqueArticlesPerSecond: uniqueArticles / seconds }),
    threshold, clusters: run.clusters, readSeconds: output.readSeconds, vectorizeSeconds: output.vectorizeSeconds,
    clusterSeconds: run.clusterSeconds, cpuSeconds: output.readCpuSeconds + output.vectorizeCpuSeconds + run.clusterCpuSeconds,
    documentsPerSecond: output.documents / seconds, peakRssMb: Math.round(output.peakRssMb),
  };
}

/**
 * Runs the peer beside Parallax's clusterer on ECB+ and BASIL, then alone on the corpus folder,
 * and returns a Markdown section plus the rows. Skips (with the message PEER_SKIPPED) when
 * Debian's python3-sklearn is missing, and leaves out the story sets when the data is absent.
 */
export async function runIngestPeer(options: IngestPeerOptions): Promise<IngestPeerResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  if (!sklearnAvailable()) {
    log(`scikit-learn peer ${PEER_SKIPPED}`);
    return { markdown: `scikit-learn peer ${PEER_SKIPPED}.\n`, skipped: PEER_SKIPPED, storyRows: [] };
  }
  if (!existsSync(join(options.dataRoot, 'stories', 'ecbplus')) || !existsSync(join(options.dataRoot, 'stories', 'basil'))) {
    const reason = `skipped: stories/ecbplus and stories/basil not found under ${options.dataRoot} (the threshold is tuned on ECB+)`;
    log(`scikit-learn peer ${reason}`);
    return { markdown: `scikit-learn peer ${reason}.\n`, skipped: reason, storyRows: [] };
  }
  const { rows, threshold, version } = storyRows(options, log);
  const corpus = options.corpusFolder === undefined ? undefined : corpusRow(options.corpusFolder, threshold, options.corpusUnique);
  return { markdown: peerMarkdown(rows, corpus, threshold, version, options.rounds ?? 2), threshold, storyRows: rows, ...(corpus ? { corpusRow: corpus } : {}) };
}

function peerMarkdown(rows: readonly StoryRow[], corpus: CorpusPeerRow | undefined, threshold: number, version: string, rounds: number): string {
  const fixed = (value: number) => value.toFixed(3);
  const rate = (value: number) => Math.round(value).toLocaleString('en');
  const lines = [
    `Peer: scikit-learn ${version} (Debian python3-sklearn), TF-IDF fitted in one pass + single-pass centroid clustering, threshold ${threshold.toFixed(2)} tuned on the ECB+ topics (0.05–0.60). Load average at the end ${loadavg().map((value) => value.toFixed(1)).join(' ')}.`,
    '',
    `| set | system | BCubed F1 | P | R | stories (gold) | docs/s (best of ${rounds}) |`,
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.set} (${row.documents} docs) | ${row.system} | ${fixed(row.f1)} | ${fixed(row.precision)} | ${fixed(row.recall)} | ${row.storiesFound} (${row.storiesGold}) | ${rate(row.documentsPerSecond)} |`),
    '',
    "Parallax's docs/s: clustering after extraction; the peer's: vectorizing + clustering (interpreter start and reading the stream excluded).",
    '',
  ];
  if (corpus) {
    const seconds = [corpus.readSeconds, corpus.vectorizeSeconds, corpus.clusterSeconds].map((value) => value.toFixed(1)).join(' · ');
    const unique = corpus.uniqueArticles === undefined ? '?' : corpus.uniqueArticles.toLocaleString('en');
    const uniqueRate = corpus.uniqueArticlesPerSecond === undefined ? '?' : rate(corpus.uniqueArticlesPerSecond);
    lines.push(
      '| corpus | system | documents | seconds: read · vectorize · cluster | documents/s | unique articles/s | CPU s | peak RSS | clusters |',
      '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
      `| ${unique} unique | scikit-learn, t = ${corpus.threshold.toFixed(2)} | ${corpus.documents.toLocaleString('en')} | ${seconds} | ${rate(corpus.documentsPerSecond)} | ${uniqueRate} | ${corpus.cpuSeconds.toFixed(1)} | ${corpus.peakRssMb} MB | ${corpus.clusters.toLocaleString('en')} |`,
      '',
      "The peer clusters every document, the injected copies included (it has no dedup); unique articles/s divides the unique count by the same seconds, the ingest table's unit. Its CPU seconds and peak RSS are the Python process's (interpreter and libraries included; start-up not timed).",
      '',
    );
  }
  return lines.join('\n');
}

function argumentOf(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const corpusFolder = argumentOf('--corpus') ?? join(import.meta.dirname, 'out', 'corpus-10000', 'documents');
  const manifest = join(dirname(corpusFolder), 'manifest.json');
  const hasCorpus = existsSync(corpusFolder);
  if (!hasCorpus) process.stderr.write(`no corpus at ${corpusFolder} (run npm run bench:ingest first, or pass --corpus FOLDER); the corpus part is left out\n`);
  const result = await runIngestPeer({
    dataRoot: DATA_ROOT, rounds: Number(argumentOf('--rounds') ?? 2),
    ...(hasCorpus ? { corpusFolder } : {}),
    ...(existsSync(manifest) ? { corpusUnique: (JSON.parse(readFileSync(manifest, 'utf8')) as { unique: number }).unique } : {}),
  });
  process.stdout.write(result.markdown);
}

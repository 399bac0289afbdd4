// npm run bench:compare — `parallax compare` end to end (process start to printed report), median
// of several runs: the bundled two-article example, a 10-article story (ECB+ topic 1, the
// tokens joined back into text), and 200 articles of many stories at once (BASIL and ECB+) for
// bounded time and memory. Runs the compiled CLI (npm run build first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const DATA = process.env.PARALLAX_DATA ?? join(ROOT, '..', 'shared', 'data');
const CLI = join(ROOT, 'bin', 'parallax.js');
const RUNS = Number(process.env.RUNS ?? 5);

interface Timing {
  medianMs: number;
  /** CPU time (user + system) of the median run: what wall time would be on an idle machine. */
  cpuMs: number;
  maxRssMb: number;
}

function timeCompare(inputs: string[], runs: number): Timing {
  const times: Array<{ wall: number; cpu: number }> = [];
  let maxRss = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, CLI, 'compare', '--format', 'text', '--no-progress', ...inputs], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = performance.now() - started;
    if (result.status !== 0 && result.status !== 1) throw new Error(`compare failed: ${result.stderr}`);
    const [user, system, rss] = (/([\d.]+) ([\d.]+) (\d+)\s*$/.exec(result.stderr) ?? []).slice(1).map(Number);
    times.push({ wall, cpu: 1000 * ((user ?? 0) + (system ?? 0)) });
    maxRss = Math.max(maxRss, (rss ?? 0) / 1024);
  }
  times.sort((a, b) => a.wall - b.wall);
  const median = times[Math.floor(times.length / 2)]!;
  return { medianMs: median.wall, cpuMs: median.cpu, maxRssMb: maxRss };
}

/** ECB+ documents as plain text: tokens joined by spaces, one sentence a line. */
function ecbText(path: string): string {
  const sentences = new Map<string, string[]>();
  for (const match of readFileSync(path, 'utf8').matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    sentences.set(match[1]!, [...(sentences.get(match[1]!) ?? []), match[2]!]);
  }
  return [...sentences.values()].map((tokens) => tokens.join(' ')).join('\n');
}

function ecbStory(directory: string, topic: string, count: number): string[] {
  const folder = join(DATA, 'stories', 'ecbplus', topic);
  return readdirSync(folder).filter((name) => /ecb\.xml$/.test(name)).sort().slice(0, count).map((name) => {
    const path = join(directory, `${name}.txt`);
    writeFileSync(path, ecbText(join(folder, name)));
    return path;
  });
}

function manyArticles(directory: string, count: number): string[] {
  const paths: string[] = [];
  const basil = join(DATA, 'stories', 'basil', 'articles');
  for (const year of readdirSync(basil).sort()) {
    for (const name of readdirSync(join(basil, year)).sort()) {
      const record = JSON.parse(readFileSync(join(basil, year, name), 'utf8')) as { title?: string; 'body-paragraphs'?: string[][] };
      const path = join(directory, `${name}.txt`);
      writeFileSync(path, `title: ${record.title ?? ''}\n\n${(record['body-paragraphs'] ?? []).map((p) => p.join(' ')).join('\n\n')}`);
      paths.push(path);
    }
  }
  for (const topic of ['1', '2', '3', '4', '5', '6']) if (paths.length < count) paths.push(...ecbStory(directory, topic, 10));
  return paths.slice(0, count);
}

/**
 * The seeds inside one process, CPU time of each part (median of RUNS after one warm-up): what
 * the comparison itself costs apart from process start-up and model loading.
 */
async function reportInProcess(input: string): Promise<void> {
  const { loadArticles } = await import(pathToFileURL(join(ROOT, 'dist', 'compare', 'load-articles.js')).href) as typeof import('../src/compare/load-articles.js');
  const { compareArticles } = await import(pathToFileURL(join(ROOT, 'dist', 'compare', 'compare-articles.js')).href) as typeof import('../src/compare/compare-articles.js');
  const { renderText } = await import(pathToFileURL(join(ROOT, 'dist', 'report', 'render-text.js')).href) as typeof import('../src/report/render-text.js');
  const load: number[] = [];
  const compare: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    let started = process.cpuUsage();
    const { articles, inferredDates } = await loadArticles([input]);
    const loaded = process.cpuUsage(started);
    started = process.cpuUsage();
    renderText(compareArticles(articles, { inferredDates }), { color: false });
    const compared = process.cpuUsage(started);
    if (run === 0) continue;
    load.push((loaded.user + loaded.system) / 1000);
    compare.push((compared.user + compared.system) / 1000);
  }
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  process.stdout.write(`seeds in process (warm)          read+extract+annotate ${median(load).toFixed(0)} ms CPU, compare+render ${median(compare).toFixed(0)} ms CPU\n`);
}

const lines: string[] = [];
const report = (name: string, timing: Timing, bar?: number): void => {
  const verdict = bar === undefined ? '' : timing.medianMs < bar ? ` (bar < ${bar} ms: met)` : ` (bar < ${bar} ms: NOT met)`;
  lines.push(`${name.padEnd(30)} median ${timing.medianMs.toFixed(0).padStart(6)} ms wall, ${timing.cpuMs.toFixed(0).padStart(6)} ms CPU, max RSS ${timing.maxRssMb.toFixed(0)} MB${verdict}`);
  process.stdout.write(`${lines[lines.length - 1]}\n`);
};
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('Build first: npm run build');
report('seeds (2 articles)', timeCompare([join(ROOT, 'examples', 'us-russia-talks')], RUNS), 1000);
await reportInProcess(join(ROOT, 'examples', 'us-russia-talks'));
if (existsSync(DATA)) {
  const directory = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    const story = join(directory, 'story');
    const many = join(directory, 'many');
    mkdirSync(story);
    mkdirSync(many);
    report('ECB+ topic 1 (10 articles)', timeCompare(ecbStory(story, '1', 10), RUNS), 3000);
    report('200 articles of many stories', timeCompare(manyArticles(many, 200), 1));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
} else {
  process.stdout.write(`skipped the 10- and 200-article runs: no data at ${DATA}\n`);
}

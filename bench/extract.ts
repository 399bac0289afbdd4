/**
 * `npm run bench:extract`: Parallax's extractArticle (linkedom) against @mozilla/readability on
 * jsdom, on the 181 ScrapingHub pages, in one run. Each measurement is a child process running
 * one system over every page once, so its peak memory is its own; pages are read and gunzipped
 * before the clock starts. The systems take turns (`--rounds` times each) so that a shared
 * machine's changing load falls on both alike; each system's fastest round is reported, in
 * wall-clock and in CPU-time pages a second, with the F1 / P / R of the eval's scorer.
 *
 * Then two worst cases (20 MB of paragraphs, 100,000 levels of nesting) in a child of their own.
 *
 *   npm run bench:extract [-- --data DIR] [-- --rounds N]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runStressPages, type StressResult } from './extract-stress.js';
import { runSystem, SYSTEMS, type SystemName, type SystemResult } from './extract-systems.js';

const DEFAULT_DATA = join(import.meta.dirname, '..', '..', 'shared', 'data', 'extraction', 'scrapinghub');

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA },
    rounds: { type: 'string', default: '2' },
    system: { type: 'string' },
  },
});
const data = values.data as string;
const rounds = Math.max(1, Number(values.rounds));

if (values.system === 'stress') {
  process.stdout.write(`${JSON.stringify(runStressPages())}\n`);
} else if (values.system) {
  // Child: measure one system and report it as one JSON line.
  process.stdout.write(`${JSON.stringify(await runSystem(values.system as SystemName, data))}\n`);
} else {
  if (!existsSync(data)) {
    process.stderr.write(`bench:extract: data not found at ${data}; pass --data …/extraction/scrapinghub\n`);
    process.exit(2);
  }
  const best = new Map<SystemName, SystemResult>();
  for (let round = 0; round < rounds; round++) {
    for (const system of SYSTEMS) {
      const result = measureInChild(system);
      process.stderr.write(`round ${round + 1}: ${system} ${result.pagesPerSecond.toFixed(1)} pages/s\n`);
      const previous = best.get(system);
      best.set(system, previous ? fastest(previous, result) : result);
    }
  }
  printTable(SYSTEMS.map((system) => best.get(system) as SystemResult));
  printStress(measureInChild<StressResult[]>('stress'));
}

function measureInChild<Result = SystemResult>(system: SystemName | 'stress'): Result {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'extract.ts'), '--system', system, '--data', data],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as Result;
}

/** The faster round's speeds; memory peaks are the larger of the two (the worst seen). */
function fastest(a: SystemResult, b: SystemResult): SystemResult {
  return {
    ...a,
    pagesPerSecond: Math.max(a.pagesPerSecond, b.pagesPerSecond),
    pagesPerCpuSecond: Math.max(a.pagesPerCpuSecond, b.pagesPerCpuSecond),
    peakRssMb: Math.max(a.peakRssMb, b.peakRssMb),
    peakHeapMb: Math.max(a.peakHeapMb, b.peakHeapMb),
  };
}

function printTable(results: readonly SystemResult[]): void {
  const [parallax, readability] = results as [SystemResult, SystemResult];
  const row = (result: SystemResult): string =>
    `| ${result.system} | ${result.pagesPerSecond.toFixed(1)} | ${result.pagesPerCpuSecond.toFixed(1)} | ${result.peakRssMb.toFixed(0)} | ${result.peakHeapMb.toFixed(0)} | ${result.f1.toFixed(3)} | ${result.precision.toFixed(3)} | ${result.recall.toFixed(3)} |`;
  const lines = [
    `bench:extract — ${parallax.pages} pages, best of ${rounds} alternating rounds, ${data}`,
    '',
    '| system | pages/s (wall) | pages/s (CPU) | peak RSS MB | peak heap MB | F1 | P | R |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row(parallax),
    row(readability),
    '',
    `speed ratio parallax / readability-jsdom: ${(parallax.pagesPerSecond / readability.pagesPerSecond).toFixed(2)}× wall, ${(parallax.pagesPerCpuSecond / readability.pagesPerCpuSecond).toFixed(2)}× CPU`,
    `node ${process.version}, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function printStress(results: readonly StressResult[]): void {
  const lines = [
    '',
    'worst cases, Parallax alone in one child process (peak RSS of that process):',
    ...results.map(
      (result) =>
        `- ${result.name} (${result.inputMb.toFixed(1)} MB): ${(result.milliseconds / 1000).toFixed(1)} s, peak RSS ${result.peakRssMb.toFixed(0)} MB, ${result.textChars} characters of text, messages: ${result.messageCodes.join(', ') || 'none'}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `npm run bench:extract`: Parallax's extractArticle (linkedom) against @mozilla/readability on
 * jsdom, on the 181 ScrapingHub pages, in one run. Each system runs in its own child process so
 * its peak memory is its own; pages are read and gunzipped before the clock starts. Prints
 * pages/s, their ratio, peak RSS and heap, and the F1 / P / R of each with the eval's scorer.
 *
 *   npm run bench:extract [-- --data DIR] [-- --rounds N]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runSystem, SYSTEMS, type SystemResult, type SystemName } from './extract-systems.js';

const DEFAULT_DATA = join(import.meta.dirname, '..', '..', 'shared', 'data', 'extraction', 'scrapinghub');

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: DEFAULT_DATA },
    rounds: { type: 'string', default: '2' },
    system: { type: 'string' },
  },
});
const data = values.data as string;
const rounds = Number(values.rounds);

if (values.system) {
  // Child: measure one system and report it as one JSON line.
  process.stdout.write(`${JSON.stringify(await runSystem(values.system as SystemName, data, rounds))}\n`);
} else {
  if (!existsSync(data)) {
    process.stderr.write(`bench:extract: data not found at ${data}; pass --data …/extraction/scrapinghub\n`);
    process.exit(2);
  }
  const results = SYSTEMS.map((system) => measureInChild(system));
  printTable(results);
}

function measureInChild(system: SystemName): SystemResult {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'extract.ts'), '--system', system, '--data', data, '--rounds', String(rounds)],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as SystemResult;
}

function printTable(results: readonly SystemResult[]): void {
  const [parallax, readability] = results;
  const lines = [
    `bench:extract — ${parallax?.pages ?? 0} pages × ${rounds} rounds, ${data}`,
    '',
    '| system | pages/s | ms/page | peak RSS MB | peak heap MB | F1 | P | R |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((result) =>
      `| ${result.system} | ${result.pagesPerSecond.toFixed(1)} | ${(1000 / result.pagesPerSecond).toFixed(1)} | ${result.peakRssMb.toFixed(0)} | ${result.peakHeapMb.toFixed(0)} | ${result.f1.toFixed(3)} | ${result.precision.toFixed(3)} | ${result.recall.toFixed(3)} |`,
    ),
    '',
    `speed ratio parallax / readability-jsdom: ${parallax && readability ? (parallax.pagesPerSecond / readability.pagesPerSecond).toFixed(2) : '?'}×`,
    `node ${process.version}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

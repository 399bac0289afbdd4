/**
 * Does the clusterer's cost per article stay flat as the stream grows? Synthetic stream: events
 * with their own names, numbers and topic words over a shared Zipf-distributed vocabulary, 3–8
 * articles each, interleaved in time. Prints ms per article for each block of the stream.
 * Usage: node --import tsx bench/stories-scale.ts [articles=50000]
 */
import { createStoryClusterer, type ClusterInput } from '../src/cluster/index.js';

const total = Number(process.argv[2] ?? 50_000);
const BLOCK = Math.max(1000, Math.floor(total / 10));
let seed = 42;
/** mulberry32: a small deterministic generator, so every run sees the same stream. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const word = (index: number): string => `w${index.toString(36)}`;
const zipf = (size: number): number => Math.floor(size ** random()) - 1;

function* stream(): Generator<ClusterInput> {
  let produced = 0;
  for (let event = 0; produced < total; event += 1) {
    const names = Array.from({ length: 4 }, () => `Name${Math.floor(random() * 1e6).toString(36)}`);
    const topic = Array.from({ length: 12 }, () => word(Math.floor(random() * 200_000)));
    const count = 3 + Math.floor(random() * 6);
    for (let n = 0; n < count && produced < total; n += 1, produced += 1) {
      const words = Array.from({ length: 300 }, () => (random() < 0.4 ? topic[Math.floor(random() * topic.length)] : word(zipf(50_000))));
      const text = `${names.slice(0, 2 + (n % 3)).join(' said ')} ${words.join(' ')} ${Math.floor(random() * 900 + 100)}.`;
      const day = 1 + Math.floor(event / 200);
      yield { id: `e${event}-${n}`, title: `${names[0]} ${topic.slice(0, 5).join(' ')}`, text, publishedAt: `2024-${String(1 + Math.floor(day / 28) % 12).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}` };
    }
  }
}

const clusterer = createStoryClusterer();
let started = performance.now();
let index = 0;
for (const input of stream()) {
  clusterer.add(input);
  index += 1;
  if (index % BLOCK === 0) {
    console.log(`articles ${String(index - BLOCK + 1).padStart(6)}–${String(index).padStart(6)}: ${((performance.now() - started) / BLOCK).toFixed(3)} ms/article, ${clusterer.stories().length} stories`);
    started = performance.now();
  }
}

// Benchmark corpus for `npm run bench:ingest`: real-length articles assembled from real news
// paragraphs (BASIL bodies, PolNeAR texts in ../shared/data), each paragraph use perturbed on its
// own so every generated article stays unique after dedup, plus duplicates injected on purpose
// (exact, near, wire copies) and counted apart. Written as plain-text files with header blocks,
// 1,000 per folder, under bench/out/ (git-ignored); the texts are read at run time, never committed.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomStream } from '../src/text/random-stream.js';

export interface BenchCorpus {
  folder: string;
  documents: number;
  unique: number;
  exactDuplicates: number;
  nearDuplicates: number;
  wireCopies: number;
  medianWords: number;
}

/** Words replaced in each paragraph use: enough that two uses of one paragraph share about 0.88³ ≈ 70% of shingles, so articles sharing a paragraph by chance stay far below every dedup threshold. */
const PARAGRAPH_EDIT_SHARE = 0.12;
/** Article lengths drawn uniformly in this word range: median about 675, above the 500 asked for. */
const MIN_WORDS = 450;
const MAX_WORDS = 900;
/** The corpus covers this many days, whatever its size: 10 articles a day at 10k, 1,000 at 1M. */
const SPAN_DAYS = 1000;
/** Injected duplicates per unique article: 2% exact, 1% near (2% of words edited), 1% wire copies. */
const EXACT_EVERY = 50;
const NEAR_EVERY = 100;
const WIRE_EVERY = 100;

export function loadBaseParagraphs(dataRoot: string): string[] {
  const paragraphs: string[] = [];
  const basil = join(dataRoot, 'stories', 'basil', 'articles');
  for (const year of readdirSync(basil)) {
    for (const name of readdirSync(join(basil, year))) {
      const article = JSON.parse(readFileSync(join(basil, year, name), 'utf8')) as { 'body-paragraphs': string[][] };
      for (const paragraph of article['body-paragraphs']) paragraphs.push(paragraph.join(' '));
    }
  }
  for (const split of ['train', 'dev']) {
    const folder = join(dataRoot, 'quotes', 'polnear', split, 'text');
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) {
      const text = readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      paragraphs.push(...text.split(/\n\s*\n/).slice(1));
    }
  }
  return paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter((paragraph) => wordCount(paragraph) >= 15);
}

export function writeBenchCorpus(dataRoot: string, folder: string, unique: number, seed = 1): BenchCorpus {
  const base = loadBaseParagraphs(dataRoot);
  const vocabulary = [...new Set(base.flatMap((paragraph) => paragraph.split(' ')))].filter((word) => /^[A-Za-z]+$/.test(word));
  const random = randomStream(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const perturb = (paragraph: string, share: number) => paragraph.split(' ').map((word) => (random() < share ? pick(vocabulary) : word)).join(' ');
  const corpus: BenchCorpus = { folder, documents: 0, unique, exactDuplicates: 0, nearDuplicates: 0, wireCopies: 0, medianWords: 0 };
  const lengths: number[] = [];
  const write = (name: string, header: Record<string, string>, paragraphs: readonly string[]) => {
    const sub = join(folder, String(Math.floor(corpus.documents / 1000)).padStart(4, '0'));
    if (corpus.documents % 1000 === 0) mkdirSync(sub, { recursive: true });
    const lines = Object.entries(header).map(([key, value]) => `${key}: ${value}`);
    writeFileSync(join(sub, `${name}.txt`), `${lines.join('\n')}\n\n${paragraphs.join('\n\n')}\n`);
    corpus.documents += 1;
  };
  for (let index = 0; index < unique; index += 1) {
    const target = MIN_WORDS + Math.floor(random() * (MAX_WORDS - MIN_WORDS));
    const paragraphs: string[] = [];
    for (let words = 0; words < target;) {
      const paragraph = perturb(pick(base), PARAGRAPH_EDIT_SHARE);
      paragraphs.push(paragraph);
      words += wordCount(paragraph);
    }
    lengths.push(paragraphs.reduce((sum, paragraph) => sum + wordCount(paragraph), 0));
    // Dates rise with the index over SPAN_DAYS, as a news feed arrives (the clusterer expects publication order).
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor((index * SPAN_DAYS) / unique) * 86_400_000).toISOString().slice(0, 10);
    const outlet = `Outlet ${Math.floor(random() * 25)}`;
    const header = { title: perturb(pick(base).split(' ').slice(0, 10).join(' '), 0.3), outlet, url: `https://news${outlet.slice(7)}.example/a/${index}`, date: day };
    write(`a${index}`, header, paragraphs);
    if (index % EXACT_EVERY === 0) {
      write(`a${index}-exact`, { ...header, url: `${header.url}?utm_source=feed&utm_medium=rss` }, paragraphs);
      corpus.exactDuplicates += 1;
    }
    if (index % NEAR_EVERY === 1) {
      write(`a${index}-near`, { ...header, url: `${header.url}-corrected` }, paragraphs.map((paragraph) => perturb(paragraph, 0.02)));
      corpus.nearDuplicates += 1;
    }
    if (index % WIRE_EVERY === 2 && paragraphs.length >= 4) {
      const kept = paragraphs.slice(0, Math.ceil(paragraphs.length * 0.6));
      write(`a${index}-wire`, { title: perturb(header.title, 0.5), outlet: 'Republisher', url: `https://republisher.example/${index}`, date: day }, [perturb(pick(base), 0.1), ...kept]);
      corpus.wireCopies += 1;
    }
  }
  lengths.sort((a, b) => a - b);
  corpus.medianWords = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return corpus;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;


import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ParallaxError } from '../model/index.js';

/**
 * One document of a story-clustering set, in stream order, with its gold story. `title`,
 * `publishedAt`, `outlet` and `url` are what a feed would have told us.
 */
export interface StoryDocument {
  id: string;
  gold: string;
  text: string;
  title?: string;
  publishedAt?: string;
  outlet?: string;
  url?: string;
}

export type StorySetKind = 'ecbplus' | 'basil';

/** ECB+ is topic folders of `<topic>_<n>ecb(plus).xml`; BASIL has `articles/<year>/*.json`. */
export function detectStorySet(dataDir: string): StorySetKind {
  if (existsSync(join(dataDir, 'articles'))) return 'basil';
  const entries = existsSync(dataDir) ? readdirSync(dataDir) : [];
  if (entries.some((name) => /^\d+$/.test(name))) return 'ecbplus';
  throw new ParallaxError('PX030', `${dataDir} holds neither ECB+ topic folders nor BASIL articles/; pass stories/ecbplus or stories/basil with --data.`);
}

/**
 * ECB+ as one stream: every file of every topic ordered by the SHA-1 hex digest of its name (a
 * fixed shuffle, so topics do not arrive grouped); text = tokens joined by spaces, one sentence
 * a line, sentence 0 of an ecbplus file dropped when it is a URL; gold = topic + half.
 */
export function readEcbPlus(dataDir: string): StoryDocument[] {
  const documents: StoryDocument[] = [];
  for (const topic of readdirSync(dataDir).filter((name) => /^\d+$/.test(name))) {
    for (const file of readdirSync(join(dataDir, topic)).filter((name) => /ecb(plus)?\.xml$/.test(name))) {
      const half = file.endsWith('ecbplus.xml') ? 'ecbplus' : 'ecb';
      const sentences = ecbSentences(readFileSync(join(dataDir, topic, file), 'utf8'));
      if (half === 'ecbplus' && sentences.length > 0 && isUrl(sentences[0] as string)) sentences.shift();
      documents.push({ id: file, gold: `${topic}/${half}`, text: sentences.join('\n') });
    }
  }
  return documents.sort((a, b) => compare(sha1(a.id), sha1(b.id)));
}

function ecbSentences(xml: string): string[] {
  const sentences = new Map<number, string[]>();
  for (const match of xml.matchAll(/<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const index = Number(match[1]);
    const words = sentences.get(index) ?? [];
    words.push(decodeXml(match[2] ?? ''));
    sentences.set(index, words);
  }
  return [...sentences.keys()].sort((a, b) => a - b).map((index) => (sentences.get(index) ?? []).join(' '));
}

function isUrl(sentence: string): boolean {
  return /^(https?\s*:|www\s*\.)/i.test(sentence.trim());
}

/**
 * BASIL: every `articles/<year>/<triplet>_<n>.json`, in date order (file name breaks ties);
 * text = paragraphs one blank line apart, a paragraph's sentences joined by spaces; gold =
 * triplet-uuid.
 */
export function readBasil(dataDir: string): StoryDocument[] {
  const documents: StoryDocument[] = [];
  const articlesDir = join(dataDir, 'articles');
  for (const year of readdirSync(articlesDir).sort()) {
    for (const file of readdirSync(join(articlesDir, year)).filter((name) => name.endsWith('.json')).sort()) {
      const record = JSON.parse(readFileSync(join(articlesDir, year, file), 'utf8').replace(/^\uFEFF/, '')) as BasilRecord;
      const paragraphs = (record['body-paragraphs'] ?? []).map((sentences) => sentences.join(' '));
      documents.push({
        id: file, gold: record['triplet-uuid'] ?? file, text: paragraphs.join('\n\n'),
        ...(record.title ? { title: record.title } : {}), ...(record.date ? { publishedAt: record.date } : {}),
        ...(record.source ? { outlet: record.source.toLowerCase() } : {}), ...(record.url ? { url: record.url } : {}),
      });
    }
  }
  return documents.sort((a, b) => compare(a.publishedAt ?? '', b.publishedAt ?? '') || compare(a.id, b.id));
}

interface BasilRecord {
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  'triplet-uuid'?: string;
  'body-paragraphs'?: string[][];
}

function sha1(value: string): string {
  return createHash('sha1').update(value).digest('hex');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function decodeXml(value: string): string {
  return value.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) =>
    ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '');
}

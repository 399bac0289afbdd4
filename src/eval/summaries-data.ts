import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParallaxError } from '../model/index.js';

/** One AllSides line: three outlets' leads and the neutral roundup written by AllSides editors. */
export interface RoundupLine {
  articles: Array<{ title: string; text: string }>;
  reference: string;
}

/**
 * Reads `<split>.source` (three `TITLE=> … ARTICLE=> …` joined by `[SEP]` per line) and
 * `<split>.target` (the roundup; its text after `ARTICLE=>` is the reference, the title left out).
 */
export function readRoundups(dataDir: string, split: string, limit?: number): RoundupLine[] {
  const sourcePath = join(dataDir, `${split}.source`);
  const targetPath = join(dataDir, `${split}.target`);
  if (!existsSync(sourcePath) || !existsSync(targetPath)) {
    throw new ParallaxError('PX030', `No ${split}.source/${split}.target in ${dataDir}; pass the summaries/allsides folder with --data and --split train|val.`);
  }
  const sources = lines(sourcePath);
  const targets = lines(targetPath);
  const count = Math.min(sources.length, targets.length, limit ?? Number.POSITIVE_INFINITY);
  const result: RoundupLine[] = [];
  for (let index = 0; index < count; index += 1) {
    const articles = sources[index]!.split('[SEP]').map(parseRecord).filter((article) => article.text.length > 0);
    result.push({ articles, reference: parseRecord(targets[index]!).text });
  }
  return result;
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim().length > 0);
}

function parseRecord(record: string): { title: string; text: string } {
  const match = /TITLE=>(.*?)ARTICLE=>(.*)$/s.exec(record);
  if (!match) return { title: '', text: record.trim() };
  return { title: match[1]!.trim(), text: match[2]!.trim() };
}

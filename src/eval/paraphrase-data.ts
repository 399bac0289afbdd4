import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParallaxError } from '../model/index.js';

/** One MSRP pair: two news sentences and whether annotators judged them paraphrases. */
export interface ParaphrasePair {
  paraphrase: boolean;
  first: string;
  second: string;
}

/**
 * Reads MSRP's `train.tsv`: UTF-8 with a byte-order mark, CRLF or LF, tab-separated with no
 * quoting (a `"` is just a character), header `Quality, #1 ID, #2 ID, #1 String, #2 String`.
 */
export function readParaphrasePairs(dataDir: string, limit?: number): ParaphrasePair[] {
  const path = join(dataDir, 'train.tsv');
  if (!existsSync(path)) throw new ParallaxError('PX030', `No train.tsv in ${dataDir}; pass the paraphrase/msrp folder with --data.`);
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).slice(1);
  const pairs: ParaphrasePair[] = [];
  for (const line of lines) {
    const fields = line.split('\t');
    if (fields.length < 5) continue;
    pairs.push({ paraphrase: fields[0]!.trim() === '1', first: fields[3]!, second: fields[4]! });
  }
  return limit === undefined ? pairs : pairs.slice(0, limit);
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ParallaxError } from '../model/index.js';
import { parseBratAttributions } from './quotes-brat.js';
import { goldAttributions, goldSegments, type GoldSegment } from './quotes-gold.js';

/** One PolNeAR article: its text (headline, blank line, body) and its gold quoted segments. */
export interface PolnearArticle {
  name: string;
  text: string;
  gold: GoldSegment[];
  /** Every attribution's whole Content and Source, for the score of all reported speech. */
  attributions: { content: string; source: string | null }[];
}

/**
 * Reads `<split>/text/<name>.txt` and, per article, the first of its `<name>_<annotator>.ann`
 * files by name (README: score against one annotator per article).
 */
export function readPolnearSplit(dataDir: string, split: string, limit?: number): PolnearArticle[] {
  const textDir = join(dataDir, split, 'text');
  const annDir = join(dataDir, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new ParallaxError('PX030', `No ${split}/text and ${split}/attributions in ${dataDir}; pass the quotes/polnear folder with --data and a split (train, dev).`);
  }
  const annotationFiles = readdirSync(annDir).filter((file) => file.endsWith('.ann')).sort();
  const names = readdirSync(textDir).filter((file) => file.endsWith('.txt')).map((file) => file.slice(0, -4)).sort();
  const articles: PolnearArticle[] = [];
  for (const name of limit === undefined ? names : names.slice(0, limit)) {
    const annotation = annotationFiles.find((file) => isAnnotationOf(file, name));
    if (!annotation) continue;
    const text = readFileSync(join(textDir, `${name}.txt`), 'utf8').replace(/^\uFEFF/, '');
    const attributions = parseBratAttributions(readFileSync(join(annDir, annotation), 'utf8'), text);
    articles.push({ name, text, gold: goldSegments(text, attributions), attributions: goldAttributions(text, attributions) });
  }
  return articles;
}

/** `<name>_<annotator>.ann`, the annotator id being the last `_` part (no `_` inside it). */
function isAnnotationOf(file: string, name: string): boolean {
  return file.startsWith(`${name}_`) && !file.slice(name.length + 1, -4).includes('_');
}

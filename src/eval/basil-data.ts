import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ParallaxError } from '../model/index.js';

/** One BASIL article: its triplet (event), outlet, text (paragraphs joined) and quoted-span annotations. */
export interface BasilArticle {
  triplet: string;
  id: string;
  outlet: string;
  title: string;
  date: string | null;
  text: string;
  /**
   * Annotated phrases inside quotations with a named speaker ("Michael_Steele" → "Michael
   * Steele"); BASIL's unnamed speakers ("other anti", "other pro") are left out.
   */
  quotedPhrases: Array<{ text: string; speaker: string }>;
}

/**
 * Reads BASIL's `articles/<year>/<triplet>_<n>.json` (body-paragraphs: lists of sentences) and
 * the matching `annotations/<year>/<triplet>_<n>_ann.json`. Paragraphs are joined with blank
 * lines, sentences with spaces. Triplets come back whole, in file-name order.
 */
export function readBasil(dataDir: string, limitTriplets?: number): BasilArticle[][] {
  const articlesDir = join(dataDir, 'articles');
  if (!existsSync(articlesDir)) throw new ParallaxError('PX030', `No articles/ in ${dataDir}; pass the stories/basil folder with --data.`);
  const byTriplet = new Map<string, BasilArticle[]>();
  for (const year of readdirSync(articlesDir).sort()) {
    for (const file of readdirSync(join(articlesDir, year)).filter((name) => name.endsWith('.json')).sort()) {
      const record = JSON.parse(readFileSync(join(articlesDir, year, file), 'utf8')) as Record<string, unknown>;
      const triplet = String(record['triplet-uuid'] ?? file.replace(/_\d+\.json$/, ''));
      const paragraphs = (record['body-paragraphs'] as string[][] | undefined) ?? [];
      const annotationPath = join(dataDir, 'annotations', year, file.replace(/\.json$/, '_ann.json'));
      const article: BasilArticle = {
        triplet,
        id: file.replace(/\.json$/, ''),
        outlet: String(record.source ?? '').toLowerCase(),
        title: String(record.title ?? ''),
        date: typeof record.date === 'string' ? record.date : null,
        text: paragraphs.map((sentences) => sentences.join(' ')).join('\n\n'),
        quotedPhrases: existsSync(annotationPath) ? quotedPhrases(annotationPath) : [],
      };
      byTriplet.set(triplet, [...(byTriplet.get(triplet) ?? []), article]);
    }
  }
  const triplets = [...byTriplet.values()];
  return limitTriplets === undefined ? triplets : triplets.slice(0, limitTriplets);
}

function quotedPhrases(path: string): Array<{ text: string; speaker: string }> {
  const annotation = JSON.parse(readFileSync(path, 'utf8')) as { 'phrase-level-annotations'?: Array<Record<string, string>> };
  return (annotation['phrase-level-annotations'] ?? [])
    .filter((phrase) => String(phrase.quote).toLowerCase() === 'yes' && phrase.speaker && phrase.txt && !/^other[_ ]/i.test(phrase.speaker.trim()))
    .map((phrase) => ({ text: phrase.txt!, speaker: phrase.speaker!.replace(/_/g, ' ').trim() }));
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ParallaxError } from '../model/index.js';

/**
 * Reads the ScrapingHub article-extraction set (../shared/data/extraction/scrapinghub):
 * `ground-truth.json` = {id: {articleBody, url}}, `html/<id>.html.gz`, and the published
 * systems' predictions in `output/<system>.json`, either {id: {articleBody}} or
 * {version, output: {id: {articleBody}}}.
 */
export interface ExtractionPage {
  id: string;
  url: string | null;
  goldBody: string;
}

export function readGoldPages(dataDir: string, limit?: number): ExtractionPage[] {
  const goldPath = join(dataDir, 'ground-truth.json');
  if (!existsSync(goldPath)) {
    throw new ParallaxError('PX030', `No ground-truth.json in ${dataDir}; pass the extraction/scrapinghub folder with --data.`);
  }
  const gold = parseJson(goldPath) as Record<string, { articleBody?: string; url?: string }>;
  const pages = Object.keys(gold)
    .sort()
    .map((id) => ({ id, url: gold[id]?.url ?? null, goldBody: gold[id]?.articleBody ?? '' }));
  return limit === undefined ? pages : pages.slice(0, limit);
}

/** The page's HTML, decoded as UTF-8 (every page of the set is UTF-8). */
export function readPageHtml(dataDir: string, id: string): string {
  return gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8');
}

/** Every published system's article bodies by page id, keyed by system name (the file's stem). */
export function readPublishedOutputs(dataDir: string): Map<string, Map<string, string>> {
  const outputDir = join(dataDir, 'output');
  const systems = new Map<string, Map<string, string>>();
  if (!existsSync(outputDir)) return systems;
  for (const name of readdirSync(outputDir).filter((file) => file.endsWith('.json')).sort()) {
    const parsed = parseJson(join(outputDir, name)) as Record<string, unknown>;
    const records = (isRecord(parsed['output']) ? parsed['output'] : parsed) as Record<string, unknown>;
    const bodies = new Map<string, string>();
    for (const [id, record] of Object.entries(records)) {
      if (isRecord(record) && typeof record['articleBody'] === 'string') bodies.set(id, record['articleBody']);
    }
    systems.set(name.replace(/\.json$/, ''), bodies);
  }
  return systems;
}

function parseJson(path: string): unknown {
  // Some published files carry a byte-order mark; NaN never occurs in this set's files.
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

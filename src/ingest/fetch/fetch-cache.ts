import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** What is remembered of one URL between runs: the validators for a conditional GET, and the feed entries already taken. */
export interface CachedResource {
  etag?: string;
  lastModified?: string;
  /** ISO 8601, the last time the server answered (200 or 304). */
  checkedAt?: string;
  /** Entry keys (link or id) already ingested from this feed, newest last. */
  seenEntries?: string[];
}

/**
 * A small JSON file beside the store (`<db>.fetch-cache.json`): plain JSON, rewritten whole
 * through a temporary file and a rename, so a killed process leaves the old file or the new one.
 */
export interface FetchCache {
  get(url: string): CachedResource | undefined;
  set(url: string, resource: CachedResource): void;
  save(): void;
}

/** Feeds show their latest 10–100 items; remembering 2,000 keys per feed covers any feed's window. */
const MAX_SEEN_ENTRIES = 2000;

export function openFetchCache(path: string | null): FetchCache {
  const resources = new Map<string, CachedResource>(path && existsSync(path) ? readEntries(path) : []);
  return {
    get: (url) => resources.get(url),
    set: (url, resource) => {
      if (resource.seenEntries && resource.seenEntries.length > MAX_SEEN_ENTRIES) {
        resource.seenEntries = resource.seenEntries.slice(-MAX_SEEN_ENTRIES);
      }
      resources.set(url, resource);
    },
    save: () => {
      if (!path) return;
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, `${JSON.stringify({ version: 1, resources: Object.fromEntries(resources) }, null, 1)}\n`);
      renameSync(temporary, path);
    },
  };
}

function readEntries(path: string): Array<[string, CachedResource]> {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { resources?: Record<string, CachedResource> };
    return Object.entries(parsed.resources ?? {});
  } catch {
    // A damaged cache only costs unconditional requests; it is rewritten on the next save.
    return [];
  }
}

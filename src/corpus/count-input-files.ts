import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * How many files the inputs name (folders walked, hidden entries skipped, as the readers do):
 * the progress bar's total. A file holding many records (JSONL, a feed, a WARC) counts once, so
 * the total grows as such files turn out larger; standard input and URLs count one each.
 */
export async function countInputFiles(inputs: readonly string[]): Promise<number> {
  let count = 0;
  for (const input of inputs) count += await countPath(input);
  return count;
}

async function countPath(path: string): Promise<number> {
  if (path === '-' || /^https?:\/\//i.test(path)) return 1;
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return 1;
    let count = 0;
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      count += entry.isDirectory() ? await countPath(join(path, entry.name)) : 1;
    }
    return count;
  } catch {
    return 1;
  }
}

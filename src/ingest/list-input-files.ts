import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The files the inputs name, in the order readInputs reads them (folders walked recursively,
 * entries sorted by name, hidden entries skipped, each real folder visited once), without
 * reading them: ingest hands the paths to its worker threads, which read and extract there.
 * Only entries a folder listing does not type (symbolic links) cost a `stat`. A path that cannot
 * be listed or statted is still yielded: reading it reports the failure as readInputs would.
 */
export async function* listInputFiles(inputs: readonly string[]): AsyncGenerator<string> {
  const visited = new Set<string>();
  for (const input of inputs) yield* walk(input, visited);
}

async function* walk(path: string, visited: Set<string>): AsyncGenerator<string> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    yield path;
    return;
  }
  if (isDirectory) yield* walkFolder(path, visited);
  else yield path;
}

async function* walkFolder(path: string, visited: Set<string>): AsyncGenerator<string> {
  let entries;
  try {
    const real = await realpath(path);
    if (visited.has(real)) return;
    visited.add(real);
    entries = (await readdir(path, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.'));
  } catch {
    yield path;
    return;
  }
  const names = entries.map((entry) => entry.name).sort();
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  for (const name of names) {
    const entry = byName.get(name)!;
    const child = join(path, name);
    if (entry.isFile()) yield child;
    else if (entry.isDirectory()) yield* walkFolder(child, visited);
    else yield* walk(child, visited);
  }
}

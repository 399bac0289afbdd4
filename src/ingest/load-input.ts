import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawDocument } from '../model/index.js';
import { failedDocument, formatBytes } from './failed-document.js';
import { fetchUrl } from './fetch-url.js';
import type { NormalizedReadOptions } from './read-options.js';

/** Reads after the first, when a file grew since `stat` (or reports no size, as a pipe does). */
const READ_CHUNK_BYTES = 1024 * 1024;

/** An input's bytes and what came with them, before gunzip and format detection. */
export interface LoadedInput {
  source: string;
  /** The path formats are detected on: the file path, or a URL's path. */
  path: string;
  bytes: Uint8Array;
  contentType: string | null;
  url: string | null;
  capturedAt: string | null;
}

export type LoadResult = { loaded: LoadedInput } | { failed: RawDocument };

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export async function loadUrl(url: string, options: NormalizedReadOptions): Promise<LoadResult> {
  const result = await fetchUrl(url, options);
  if (!result.ok) return { failed: failedDocument(url, result.code, result.text) };
  const path = new URL(result.url).pathname;
  return { loaded: { source: url, path, bytes: result.bytes, contentType: result.contentType, url: result.url, capturedAt: result.capturedAt } };
}

/** Standard input, read up to the size cap. */
export async function loadStdin(options: NormalizedReadOptions): Promise<LoadResult> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of options.stdin()) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > options.maxBytes) {
      return { failed: failedDocument('-', 'input-too-large', `Standard input is more than ${formatBytes(options.maxBytes)}, the input limit.`) };
    }
    chunks.push(bytes);
  }
  return { loaded: { source: '-', path: '-', bytes: Buffer.concat(chunks), contentType: null, url: null, capturedAt: null } };
}

/**
 * A file, or every file under a folder (entries sorted by name, hidden entries skipped, each
 * real folder visited once so symbolic-link loops end). Yields one result per file.
 */
export async function* loadPath(path: string, options: NormalizedReadOptions, visited = new Set<string>()): AsyncGenerator<LoadResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { failed: failedDocument(path, 'input-unreadable', `Cannot read the input (${(error as NodeJS.ErrnoException).code ?? String(error)}).`) };
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      const real = await realpath(path);
      if (visited.has(real)) return;
      visited.add(real);
      names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
    } catch (error) {
      yield { failed: failedDocument(path, 'input-unreadable', `Cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}).`) };
      return;
    }
    for (const name of names) yield* loadPath(join(path, name), options, visited);
    return;
  }
  if (!info.isFile()) {
    yield { failed: failedDocument(path, 'input-unreadable', 'The input is neither a file nor a folder.') };
    return;
  }
  if (info.size > options.maxBytes) {
    yield { failed: failedDocument(path, 'input-too-large', `The file is ${formatBytes(info.size)}, over the ${formatBytes(options.maxBytes)} input limit.`) };
    return;
  }
  yield await loadFile(path, options.maxBytes, info.size);
}

/**
 * Reads at most `maxBytes + 1` bytes, so a file that grew after `stat` is still caught. The first
 * buffer is sized from `stat` (one more byte, to see the end in the same read) and left unzeroed:
 * a zeroed 1 MB buffer per file was 6% of ingest's main thread, in the memset and the collector.
 */
async function loadFile(path: string, maxBytes: number, statSize: number): Promise<LoadResult> {
  try {
    const handle = await open(path, 'r');
    try {
      const chunks: Buffer[] = [];
      let total = 0;
      let size = Math.min(maxBytes, statSize) + 1;
      for (;;) {
        const { bytesRead, buffer } = await handle.read({ buffer: Buffer.allocUnsafe(size) });
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > maxBytes) return { failed: failedDocument(path, 'input-too-large', `The file is over the ${formatBytes(maxBytes)} input limit.`) };
        chunks.push(buffer.subarray(0, bytesRead));
        size = READ_CHUNK_BYTES;
      }
      return { loaded: { source: path, path, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), contentType: null, url: null, capturedAt: null } };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { failed: failedDocument(path, 'input-unreadable', `Cannot read the input (${(error as NodeJS.ErrnoException).code ?? String(error)}).`) };
  }
}

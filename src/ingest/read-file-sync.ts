import { readFileSync, statSync } from 'node:fs';
import type { RawDocument } from '../model/index.js';
import { normalizeReadOptions } from './read-options.js';
import { readInputs, readLoaded } from './read-inputs.js';

/**
 * The documents of one file, as readInputs([path]) yields them, read with blocking calls: for
 * a worker thread, which has nothing else to do meanwhile. Asynchronous reads there cost a
 * thread-pool round trip and a wake-up per call (about 0.2 ms of CPU a file in ingest, more than
 * the main thread saved) and left the thread idle while waiting. Anything unusual (not a
 * regular file, over the size limit, an error) goes through readInputs, so its message is the same.
 */
export async function* readFileDocuments(path: string): AsyncGenerator<RawDocument> {
  const options = normalizeReadOptions();
  let bytes: Buffer | null = null;
  try {
    const info = statSync(path);
    if (info.isFile() && info.size <= options.maxBytes) bytes = readFileSync(path);
  } catch {
    bytes = null;
  }
  if (bytes === null || bytes.length > options.maxBytes) {
    yield* readInputs([path]);
    return;
  }
  yield* readLoaded({ source: path, path, bytes, contentType: null, url: null, capturedAt: null }, options);
}

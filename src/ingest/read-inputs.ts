import { gunzipSync } from 'node:zlib';
import type { RawDocument } from '../model/index.js';
import { failedDocument, formatBytes } from './failed-document.js';
import { isUrl, loadPath, loadStdin, loadUrl, type LoadedInput, type LoadResult } from './load-input.js';
import { normalizeReadOptions, type NormalizedReadOptions, type ReadOptions } from './read-options.js';
import { chooseReader } from './readers.js';
import { isGzip } from './sniff-bytes.js';

/**
 * Inputs → documents, in input order: files, folders (recursively, entries sorted by name), `-`
 * for standard input, and http(s) URLs; `.gz` transparently. An input that fails still yields a
 * document with an empty body and an error message, so every input has its record.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<RawDocument> {
  const normalized = normalizeReadOptions(options);
  for (const input of inputs) {
    for await (const result of loadInput(input, normalized)) {
      if ('failed' in result) yield result.failed;
      else yield* readLoaded(result.loaded, normalized);
    }
  }
}

async function* loadInput(input: string, options: NormalizedReadOptions): AsyncGenerator<LoadResult> {
  if (input === '-') yield await loadStdin(options);
  else if (isUrl(input)) yield await loadUrl(input, options);
  else yield* loadPath(input, options);
}

/** Gunzips, refuses empty input, then hands the bytes to the first reader that detects them. */
export async function* readLoaded(input: LoadedInput, options: NormalizedReadOptions): AsyncGenerator<RawDocument> {
  let bytes = input.bytes;
  let path = input.path;
  // Web archives are gzipped record by record; their readers unpack them so one damaged member costs only its records.
  if (isGzip(bytes) && !/\.w?arc\.gz$/i.test(path)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: options.maxBytes });
    } catch (error) {
      const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      yield tooLarge
        ? failedDocument(input.source, 'input-too-large', `The input unpacks to more than ${formatBytes(options.maxBytes)}, the input limit.`)
        : failedDocument(input.source, 'invalid-gzip', `The input is damaged gzip data (${(error as Error).message}).`);
      return;
    }
    path = path.replace(/\.gz$/i, '');
  }
  if (bytes.length === 0) {
    yield failedDocument(input.source, 'empty-input', 'The input is empty.');
    return;
  }
  const reader = chooseReader(path, bytes, input.contentType, options.readers);
  yield* reader.read(bytes, input.source, { contentType: input.contentType, url: input.url, capturedAt: input.capturedAt });
}

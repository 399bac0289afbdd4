import type { RawDocument } from '../model/index.js';
import type { ReadContext, Reader } from './reader.js';
import { binaryReader } from './read-binary.js';
import { jsonlReader, jsonReader } from './read-json.js';
import { htmlReader } from './read-html.js';
import { textReader } from './read-text.js';
import { isArc, isFeed, isOpml, isWarc } from './detect-formats.js';

/**
 * Every input format, in the order `detect` is asked; the first that says yes reads the input.
 * Specific formats first (add feed, OPML and WARC readers at the top: a WARC holds binary
 * payloads); the binary refusal before the formats that sniff text; plain text last, as it
 * takes anything. Feeds, feed lists and archives are detected here but their readers (with
 * feedsmith, linkedom and warcio) load only when such an input arrives: a comparison of two
 * text files should not pay their 0.25 s of loading.
 */
export const READERS: readonly Reader[] = [
  readerOnFirstUse('warc', isWarc, async () => (await import('./warc-reader.js')).warcReader),
  readerOnFirstUse('arc', isArc, async () => (await import('./warc-reader.js')).arcReader),
  readerOnFirstUse('opml', isOpml, async () => (await import('./opml-reader.js')).opmlReader),
  readerOnFirstUse('feed', isFeed, async () => (await import('./feed-reader.js')).feedReader),
  binaryReader,
  jsonlReader,
  jsonReader,
  htmlReader,
  textReader,
];

export function chooseReader(path: string, bytes: Uint8Array, contentType: string | null, readers: readonly Reader[] = READERS): Reader {
  return readers.find((reader) => reader.detect(path, bytes, contentType)) ?? textReader;
}

/** A reader whose detection is at hand and whose implementation is imported when it first reads. */
function readerOnFirstUse(name: string, detect: Reader['detect'], load: () => Promise<Reader>): Reader {
  return {
    name,
    detect,
    async *read(bytes: Uint8Array, source: string, context: ReadContext): AsyncGenerator<RawDocument> {
      yield* (await load()).read(bytes, source, context);
    },
  };
}

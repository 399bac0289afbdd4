import type { Reader } from './reader.js';
import { binaryReader } from './read-binary.js';
import { jsonlReader, jsonReader } from './read-json.js';
import { htmlReader } from './read-html.js';
import { textReader } from './read-text.js';
import { feedReader } from './feed-reader.js';
import { arcReader, warcReader } from './warc-reader.js';
import { opmlReader } from './opml-reader.js';

/**
 * Every input format, in the order `detect` is asked; the first that says yes reads the input.
 * Specific formats first (add feed, OPML and WARC readers at the top: a WARC holds binary
 * payloads); the binary refusal before the formats that sniff text; plain text last, as it
 * takes anything.
 */
export const READERS: readonly Reader[] = [
  warcReader,
  arcReader,
  opmlReader,
  feedReader,
  binaryReader,
  jsonlReader,
  jsonReader,
  htmlReader,
  textReader,
];

export function chooseReader(path: string, bytes: Uint8Array, contentType: string | null, readers: readonly Reader[] = READERS): Reader {
  return readers.find((reader) => reader.detect(path, bytes, contentType)) ?? textReader;
}

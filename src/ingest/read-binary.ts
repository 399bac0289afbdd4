import type { RawDocument } from '../model/index.js';
import type { Reader } from './reader.js';
import { describeBinary } from './sniff-bytes.js';
import { failedDocument } from './failed-document.js';

/** Refuses images, archives and other binary data with a message, before the text formats sniff them. */
export const binaryReader: Reader = {
  name: 'binary',
  detect: (_path, bytes) => describeBinary(bytes) !== null,
  read(bytes, source): RawDocument[] {
    const kind = describeBinary(bytes) ?? 'binary data';
    return [failedDocument(source, 'binary-input', `The input is ${kind}, not a text, HTML or JSON document.`)];
  },
};

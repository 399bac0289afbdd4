import { gunzipSync, constants } from 'node:zlib';
import type { Message, RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import type { Reader } from './reader.js';
import { isGzip } from './sniff-bytes.js';
import { isArc, isWarc } from './detect-formats.js';
import { readWarcRecords } from './warc-records.js';
import { readArcRecords } from './arc-records.js';

/** Web archives: WARC (gzip or plain: warcio reads the gzip members itself, so a damaged one costs only its records); one document per captured HTML page (sources `path#<record>`). */
export const warcReader: Reader = {
  name: 'warc',
  detect: isWarc,
  read(bytes, source): AsyncIterable<RawDocument> {
    return readWarcRecords(source, [bytes]);
  },
};

/** ARC files (gzip or plain): one document per captured HTML page. */
export const arcReader: Reader = {
  name: 'arc',
  detect: isArc,
  read(bytes, source): Iterable<RawDocument> {
    if (!isGzip(bytes)) return readArcRecords(source, bytes, null);
    const unpacked = gunzipLenient(bytes, source);
    return readArcRecords(source, unpacked.bytes, unpacked.message);
  },
};

/**
 * Gunzips every member it can: a truncated or damaged archive still gives the records before the
 * damage (zlib's sync flush returns what was inflated), with a message naming the file.
 */
export function gunzipLenient(bytes: Uint8Array, source: string): { bytes: Uint8Array; message: Message | null } {
  try {
    return { bytes: gunzipSync(bytes), message: null };
  } catch (error) {
    let partial: Uint8Array = new Uint8Array();
    try {
      partial = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
    } catch {
      // Nothing could be inflated; the message below says so.
    }
    return {
      bytes: partial,
      message: makeMessage('archive-damaged-gzip', `${source} is damaged gzip data (${(error as Error).message}); the ${partial.length} bytes before the damage were read.`, { source, stage: 'ingest' }),
    };
  }
}

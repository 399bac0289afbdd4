import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import type { Message, RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import { capturedDocument } from './archive-payload.js';

/** Record types that can hold a page: an HTTP response, or a resource stored without HTTP. */
const PAGE_RECORD_TYPES = new Set(['response', 'resource']);

/**
 * Every page of a WARC file (gzip or plain, read by warcio record by record) as a document with
 * its capture URL and date. A record cut short, a payload shorter than its HTTP Content-Length,
 * or a file that stops being WARC yields a message naming the file and the record; the valid
 * records before and after are still read.
 */
export async function* readWarcRecords(source: string, input: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<RawDocument> {
  const pending: Message[] = [];
  let recordNumber = 0;
  let pages = 0;
  let previousOffset = -1;
  let reportedOneStream = false;
  try {
    const parser = new WARCParser(input);
    for await (const record of parser) {
      recordNumber += 1;
      const recordSource = `${source}#${recordNumber}`;
      if (parser.offset === previousOffset && !reportedOneStream) {
        reportedOneStream = true;
        pending.push(makeMessage('warc-gzip-not-per-record',
          `${source} is gzipped as one stream, not one gzip member per record (found at ${recordSource}); it was read, but no tool can seek to its records.`,
          { source: recordSource, severity: 'warning', stage: 'ingest' }));
      }
      previousOffset = parser.offset;
      const document = await recordDocument(record, recordSource, pending);
      if (document) {
        document.messages.unshift(...pending.splice(0));
        pages += 1;
        yield document;
      }
    }
  } catch (error) {
    pending.push(makeMessage('warc-unreadable',
      `${source} stops being readable WARC after record ${recordNumber} (${(error as Error).message ?? String(error)}); records before it were read.`,
      { source: `${source}#${recordNumber + 1}`, stage: 'ingest' }));
  }
  if (pages === 0 && pending.length === 0) {
    pending.push(makeMessage('warc-no-pages', `${source} holds no HTML page among its ${recordNumber} records.`,
      { source, severity: recordNumber === 0 ? 'error' : 'info', stage: 'ingest' }));
  }
  if (pending.length > 0) yield { source, format: 'text', body: '', hints: {}, messages: pending };
}

async function recordDocument(record: WARCRecord, source: string, messages: Message[]): Promise<RawDocument | null> {
  const type = record.warcType ?? '';
  if (!PAGE_RECORD_TYPES.has(type)) {
    await record.skipFully();
    return null;
  }
  const http = record.httpHeaders;
  const raw = await record.readFully(false);
  const missingBytes = record._reader instanceof LimitReader ? record._reader.limit : 0;
  if (missingBytes > 0) {
    messages.push(makeMessage('warc-record-truncated',
      `${source} (${record.warcTargetURI ?? 'no URL'}) is cut short: the file ends ${missingBytes} bytes before the record's Content-Length.`,
      { source, stage: 'ingest' }));
    return null;
  }
  const declaredLength = Number(http?.headers.get('content-length') ?? NaN);
  const encoded = http?.headers.get('transfer-encoding') === 'chunked';
  if (Number.isFinite(declaredLength) && !encoded && raw.length !== declaredLength) {
    messages.push(makeMessage(raw.length < declaredLength ? 'warc-record-truncated' : 'warc-record-length-mismatch',
      `${source} (${record.warcTargetURI ?? 'no URL'}): the HTTP payload has ${raw.length} bytes where Content-Length says ${declaredLength}.`,
      { source, severity: 'warning', stage: 'ingest' }));
  }
  const body = http ? await decodedPayload(record, raw, source, messages) : raw;
  return capturedDocument({
    source,
    url: record.warcTargetURI ?? null,
    capturedAt: record.warcDate ?? null,
    status: http ? Number(http.statusCode) || null : null,
    contentType: http ? (http.headers.get('content-type') ?? null) : (record.warcContentType ?? null),
    body,
  });
}

/** The payload after chunked and gzip transfer decoding; the raw bytes when decoding fails. */
async function decodedPayload(record: WARCRecord, raw: Uint8Array, source: string, messages: Message[]): Promise<Uint8Array> {
  try {
    return await record.readFully(true);
  } catch (error) {
    messages.push(makeMessage('warc-payload-undecodable',
      `${source}: the payload could not be decoded (${(error as Error).message}); the raw bytes were kept.`,
      { source, severity: 'warning', stage: 'ingest' }));
    return raw;
  }
}

import type { Message, RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import { arcDate, capturedDocument } from './archive-payload.js';

/**
 * ARC (the Internet Archive's format before WARC) read by our own few lines: warcio 2.4 merges
 * an ARC file's version block into its first record (measured on warcio's own example.arc).
 * A record is a header line `URL IP-address 14-digit-date content-type length`, then `length`
 * bytes (the HTTP response), then a newline. The URL may hold spaces: the last four fields are
 * counted from the end.
 */
const HEADER = /^(.+) (\S+) (\d{14}) (\S+) (\d+)$/;
/** A header line of any record, to find the next record after a malformed one. */
const NEXT_HEADER = /\n(?=[a-z]+:\/\/[^\n]* \S+ \d{14} \S+ \d+\n)/g;

export function* readArcRecords(source: string, bytes: Uint8Array, truncatedGzip: Message | null): Generator<RawDocument> {
  const pending: Message[] = truncatedGzip ? [truncatedGzip] : [];
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let position = 0;
  let recordNumber = 0;
  let pages = 0;
  while (position < buffer.length) {
    while (position < buffer.length && (buffer[position] === 0x0a || buffer[position] === 0x0d)) position += 1;
    if (position >= buffer.length) break;
    recordNumber += 1;
    const recordSource = `${source}#${recordNumber}`;
    const lineEnd = buffer.indexOf(0x0a, position);
    const line = buffer.toString('latin1', position, lineEnd < 0 ? buffer.length : lineEnd).replace(/\r$/, '');
    const header = HEADER.exec(line);
    if (!header || lineEnd < 0) {
      pending.push(makeMessage('arc-record-malformed', `${recordSource}: "${line.slice(0, 120)}" is not an ARC record header (URL IP-address date content-type length).`, { source: recordSource, stage: 'ingest' }));
      position = nextHeader(buffer, position);
      continue;
    }
    const start = lineEnd + 1;
    const length = Math.min(Number(header[5]), buffer.length - start);
    if (length < Number(header[5])) {
      pending.push(makeMessage('arc-record-truncated',
        `${recordSource} (${header[1]}) declares ${header[5]} bytes but the file ends after ${length}; the bytes there were read.`,
        { source: recordSource, severity: 'warning', stage: 'ingest' }));
    }
    position = start + length;
    if (header[1]?.startsWith('filedesc:')) continue;
    const document = capturedDocument({ source: recordSource, url: header[1] ?? null, capturedAt: arcDate(header[3] ?? ''), ...httpParts(buffer.subarray(start, start + length), header[4] ?? null) });
    if (document) {
      document.messages.unshift(...pending.splice(0));
      pages += 1;
      yield document;
    }
  }
  if (pages === 0 && pending.length === 0) {
    pending.push(makeMessage('arc-no-pages', `${source} holds no HTML page among its ${recordNumber} records.`, { source, severity: recordNumber === 0 ? 'error' : 'info', stage: 'ingest' }));
  }
  if (pending.length > 0) yield { source, format: 'text', body: '', hints: {}, messages: pending };
}

function nextHeader(buffer: Buffer, from: number): number {
  const text = buffer.toString('latin1', from);
  NEXT_HEADER.lastIndex = 0;
  const match = NEXT_HEADER.exec(text);
  return match ? from + match.index + 1 : buffer.length;
}

/** The HTTP status, content type and body of an ARC record's bytes (which may lack HTTP headers). */
function httpParts(record: Buffer, arcType: string | null): { status: number | null; contentType: string | null; body: Uint8Array } {
  if (!record.subarray(0, 5).equals(Buffer.from('HTTP/'))) return { status: null, contentType: arcType, body: record };
  const crlf = record.indexOf('\r\n\r\n');
  const lf = record.indexOf('\n\n');
  const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : record.length;
  const head = record.toString('latin1', 0, end);
  const status = Number(/^HTTP\/\S+\s+(\d{3})/.exec(head)?.[1]) || null;
  const contentType = /^content-type:\s*(.+?)\s*$/im.exec(head)?.[1] ?? arcType;
  return { status, contentType, body: record.subarray(end) };
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { RawDocument } from '../model/index.js';
import { arcReader, warcReader } from './warc-reader.js';

const context = { contentType: null, url: null, capturedAt: null };
const page = (title: string): string => `<!doctype html><html><head><title>${title}</title></head><body><p>${title} body text.</p></body></html>`;

async function response(url: string, html: string, gzip: boolean, status = '200 OK', type = 'text/html; charset=utf-8'): Promise<Uint8Array> {
  const record = WARCRecord.create({
    url, date: '2017-04-12T20:01:00Z', type: 'response', warcVersion: 'WARC/1.1',
    httpHeaders: { 'Content-Type': type }, statusline: `HTTP/1.1 ${status}`,
  }, (async function* () { yield new TextEncoder().encode(html); })());
  return WARCSerializer.serialize(record, { gzip });
}

async function readAll(iterable: Iterable<RawDocument> | AsyncIterable<RawDocument>): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  for await (const document of iterable) documents.push(document);
  return documents;
}

async function archive(gzip: boolean): Promise<Buffer> {
  return Buffer.concat([
    await response('https://a.example/1', page('One'), gzip),
    await response('https://a.example/missing', page('Gone'), gzip, '404 Not Found'),
    await response('https://a.example/logo.png', 'PNG', gzip, '200 OK', 'image/png'),
    await response('https://a.example/2', page('Two'), gzip),
  ]);
}

test('HTML responses of a gzipped WARC become documents with their capture URL and date', async () => {
  const documents = await readAll(warcReader.read(await archive(true), 'a.warc.gz', context));
  assert.deepEqual(documents.map((document) => [document.source, document.hints.url, document.capturedAt, document.format]), [
    ['a.warc.gz#1', 'https://a.example/1', '2017-04-12T20:01:00Z', 'html'],
    ['a.warc.gz#4', 'https://a.example/2', '2017-04-12T20:01:00Z', 'html'],
  ]);
  assert.match(documents[0]?.body ?? '', /One body text/);
});

test('a truncated WARC yields every record before the cut and a message naming the file and the record', async () => {
  const whole = await archive(false);
  const cut = whole.subarray(0, whole.lastIndexOf('Two body') + 3);
  const documents = await readAll(warcReader.read(cut, 'cut.warc', context));
  assert.equal(documents[0]?.hints.url, 'https://a.example/1');
  const messages = documents.flatMap((document) => document.messages);
  assert.ok(messages.some((message) => message.source === 'cut.warc#4' && /cut\.warc#4/.test(message.text)), JSON.stringify(messages));
});

test('bytes that are not a WARC are a message, not an exception', async () => {
  const documents = await readAll(warcReader.read(Buffer.from('WARC/1.0\r\nnonsense\r\n\r\n\u0000\u0001garbage'), 'junk.warc', context));
  assert.ok(documents.length >= 1);
  assert.ok(documents.every((document) => document.body === '' || document.messages.length >= 0));
});

const ARC = (length: number, url = 'http://example.com/a b') => {
  const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${page('Arc')}`;
  const version = '1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n';
  return Buffer.from(`filedesc://t.arc 127.0.0.1 20140216050221 text/plain ${version.length}\n${version}\n`
    + `${url} 93.184.216.119 20140216050221 text/html ${length === -1 ? Buffer.byteLength(http) : length}\n${http}\n`
    + 'http://example.com/bad 1.2.3.4 2014 text/html abc\n\n', 'latin1');
};

test('ARC records are read with URLs holding spaces, and a malformed header is a message naming the record', async () => {
  const documents = await readAll(arcReader.read(ARC(-1), 't.arc', context));
  assert.equal(documents[0]?.hints.url, 'http://example.com/a b');
  assert.equal(documents[0]?.capturedAt, '2014-02-16T05:02:21Z');
  const messages = documents.flatMap((document) => document.messages);
  assert.ok(messages.some((message) => message.code === 'arc-record-malformed' && message.source === 't.arc#3'));
});

test('a damaged gzipped ARC yields the records before the damage with a message', async () => {
  const { gzipSync } = await import('node:zlib');
  const packed = gzipSync(ARC(-1));
  const documents = await readAll(arcReader.read(packed.subarray(0, packed.length - 60), 't.arc.gz', context));
  const messages = documents.flatMap((document) => document.messages);
  assert.ok(messages.some((message) => message.code === 'archive-damaged-gzip' && message.text.includes('t.arc.gz')));
});

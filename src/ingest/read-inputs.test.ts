import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import type { RawDocument } from '../model/index.js';
import { readInputs } from './read-inputs.js';
import type { ReadOptions } from './read-options.js';

async function readAll(inputs: string[], options: ReadOptions = {}): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  for await (const document of readInputs(inputs, options)) documents.push(document);
  return documents;
}

async function tempFolder(files: Record<string, string | Uint8Array>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-read-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(folder, name, '..'), { recursive: true });
    await writeFile(join(folder, name), content);
  }
  return folder;
}

test('a folder is read recursively with entries sorted by name and hidden files skipped', async () => {
  const folder = await tempFolder({ 'b.txt': 'B text', 'a/z.txt': 'Z text', '.DS_Store': 'x', 'c.html': '<html><body><p>C</p></body></html>' });
  const documents = await readAll([folder]);
  assert.deepEqual(documents.map((document) => [document.source, document.format]), [
    [join(folder, 'a/z.txt'), 'text'], [join(folder, 'b.txt'), 'text'], [join(folder, 'c.html'), 'html'],
  ]);
});

test('a JSON Lines file with one broken line reads the others and flags that line', async () => {
  const folder = await tempFolder({ 'r.jsonl': '{"id":"a","text":"One."}\n{"id": broken\n\n{"id":"c","html":"<p>Three</p>","publishedAt":"2017-04-13T10:00:00+03:00"}\n' });
  const documents = await readAll([join(folder, 'r.jsonl')]);
  assert.deepEqual(documents.map((document) => document.source.split('#')[1]), ['1', '2', '4']);
  assert.equal(documents[0]?.verbatim, true);
  assert.equal(documents[1]?.messages[0]?.code, 'invalid-json-line');
  assert.equal(documents[2]?.format, 'html');
  assert.equal(documents[2]?.hints.publishedAt, '2017-04-13T10:00:00+03:00');
});

test('a JSON array yields one document per record, a bare object one with the plain path', async () => {
  const folder = await tempFolder({ 'a.json': '[{"text":"x","authors":["Ann"],"language":"en_US"},{"title":"no body","language":"English"}]', 'o.json': '{"id":7,"text":"y"}' });
  const documents = await readAll([join(folder, 'a.json'), join(folder, 'o.json')]);
  assert.deepEqual(documents.map((document) => document.source.slice(folder.length)), ['/a.json#1', '/a.json#2', '/o.json']);
  assert.deepEqual(documents[0]?.hints, { authors: ['Ann'], language: 'en-US' });
  assert.deepEqual(documents[1]?.messages.map((message) => message.code), ['unreadable-language', 'record-without-text']);
  assert.equal(documents[2]?.hints.id, '7');
});

test('a .json file that holds JSON Lines is read line by line', async () => {
  const folder = await tempFolder({ 'lines.json': '{"text":"One."}\n{"text":"Two."}\n' });
  const documents = await readAll([join(folder, 'lines.json')]);
  assert.deepEqual(documents.map((document) => document.body), ['One.', 'Two.']);
  assert.deepEqual(documents.map((document) => document.source.slice(folder.length)), ['/lines.json#1', '/lines.json#2']);
});

test('a gzipped file is read as what it holds', async () => {
  const folder = await tempFolder({ 'p.html.gz': gzipSync('<!doctype html><p>Hi</p>') });
  const [document] = await readAll([join(folder, 'p.html.gz')]);
  assert.equal(document?.format, 'html');
  assert.equal(document?.body, '<!doctype html><p>Hi</p>');
});

test('empty, binary, missing and oversized inputs yield documents with error messages', async () => {
  const folder = await tempFolder({ 'empty.txt': '', 'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]), 'big.txt': 'x'.repeat(2000) });
  const documents = await readAll(['empty.txt', 'image.png', 'missing.txt', 'big.txt'].map((name) => join(folder, name)), { maxBytes: 1000 });
  assert.deepEqual(documents.map((document) => document.messages[0]?.code), ['empty-input', 'binary-input', 'input-unreadable', 'input-too-large']);
  assert.ok(documents.every((document) => document.body === ''));
});

test('a gzip bomb is refused at the size cap', async () => {
  const folder = await tempFolder({ 'bomb.txt.gz': gzipSync(Buffer.alloc(5000, 0x61)) });
  const [document] = await readAll([join(folder, 'bomb.txt.gz')], { maxBytes: 1000 });
  assert.equal(document?.messages[0]?.code, 'input-too-large');
});

test('standard input is read for "-"', async () => {
  const [document] = await readAll(['-'], { stdin: Readable.from([Buffer.from('title: T\n\nBody')]) });
  assert.equal(document?.source, '-');
  assert.deepEqual(document?.hints, { title: 'T' });
  assert.equal(document?.body, 'Body');
});

test('feeds, feed lists and web archives in a folder go to their readers, loaded on first use', async () => {
  const feed = '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>One</title><link>https://news.example/1</link><description>Plain words.</description></item></channel></rss>';
  const opml = '<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" xmlUrl="https://news.example/feed.xml"/></body></opml>';
  const html = '<!doctype html><html><head><title>Two</title></head><body><p>Two body text.</p></body></html>';
  const warc = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/2\r\nWARC-Date: 2017-04-12T20:01:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${Buffer.byteLength(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${html}`)}\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${html}\r\n\r\n`;
  const folder = await tempFolder({ 'a.rss': feed, 'b.opml': opml, 'c.warc': warc, 'd.txt': 'Plain text.' });
  const documents = await readAll([folder]);
  assert.deepEqual(documents.map((document) => [document.source.slice(folder.length + 1), document.format]), [
    ['a.rss#1', 'text'], ['b.opml', 'text'], ['c.warc#1', 'html'], ['d.txt', 'text'],
  ]);
  assert.equal(documents[0]?.hints.url, 'https://news.example/1');
  assert.ok(documents[1]?.messages.some((message) => message.code === 'opml-feed-list'));
  assert.equal(documents[2]?.hints.url, 'https://a.example/2');
});

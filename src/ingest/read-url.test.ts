import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import type { RawDocument } from '../model/index.js';
import { readInputs } from './read-inputs.js';
import type { ReadOptions } from './read-options.js';

async function readAll(inputs: string[], options: ReadOptions = {}): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  for await (const document of readInputs(inputs, options)) documents.push(document);
  return documents;
}

async function withServer(run: (base: string) => Promise<void>): Promise<void> {
  const server: Server = createServer((request, response) => {
    if (request.url === '/old') {
      response.writeHead(301, { location: '/story' }).end();
    } else if (request.url === '/loop') {
      response.writeHead(302, { location: '/loop' }).end();
    } else if (request.url === '/story') {
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
      response.end(iconv.encode('<p>“Low point” — Tillerson</p>', 'windows-1252'));
    } else if (request.url === '/record') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"text":"Body."}');
    } else if (request.url === '/data.json') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><p>A page</p></body></html>');
    } else if (request.url === '/big') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000));
    } else if (request.url === '/slow') {
      setTimeout(() => response.end('late'), 2000);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

test('a redirected URL is read with its final URL and the charset of its header', async () => {
  await withServer(async (base) => {
    const [document] = await readAll([`${base}/old`]);
    assert.equal(document?.source, `${base}/old`);
    assert.equal(document?.hints.url, `${base}/story`);
    assert.equal(document?.format, 'html');
    assert.equal(document?.body, '<p>“Low point” — Tillerson</p>');
  });
});

test('the content type chooses the format of a URL', async () => {
  await withServer(async (base) => {
    const [document] = await readAll([`${base}/record`]);
    assert.equal(document?.body, 'Body.');
    assert.equal(document?.hints.url, `${base}/record`);
  });
});

test('a declared content type wins over the extension of the URL', async () => {
  await withServer(async (base) => {
    const [document] = await readAll([`${base}/data.json`]);
    assert.equal(document?.format, 'html');
  });
});

test('HTTP errors, redirect loops, size and time limits become messages', async () => {
  await withServer(async (base) => {
    const documents = await readAll([`${base}/missing`, `${base}/loop`, `${base}/big`, `${base}/slow`], { maxBytes: 1000, timeoutMs: 300 });
    assert.deepEqual(documents.map((document) => document.messages[0]?.code), ['http-error', 'too-many-redirects', 'input-too-large', 'fetch-timeout']);
  });
});

test('an unreachable URL becomes a message', async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  const [document] = await readAll([`http://127.0.0.1:${port}/nothing-listens-here`]);
  assert.equal(document?.messages[0]?.code, 'url-unreachable');
  assert.match(document?.messages[0]?.text ?? '', /ECONNREFUSED/);
});

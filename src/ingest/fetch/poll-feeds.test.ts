import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { openFetchCache } from './fetch-cache.js';
import { createPoliteFetcher } from './polite-fetch.js';
import { pollFeeds } from './poll-feeds.js';

const item = (n: number) => `<item><title>Story ${n}</title><link>/story/${n}</link><description>Summary ${n}.</description></item>`;

test('a second poll takes only the entries not seen before, and a linked page replaces the summary when asked', async () => {
  let items = [item(1)];
  const server = createServer((request, response) => {
    if (request.url === '/feed') {
      const base = `http://${request.headers.host}`;
      response.writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(`<rss version="2.0"><channel><title>Local</title>${items.join('').replace(/<link>\//g, `<link>${base}/`)}</channel></rss>`);
    } else if (request.url?.startsWith('/story/')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<html><body><article><p>Full page ${request.url}</p></article></body></html>`);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const feedUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/feed`;
  try {
    const cache = openFetchCache(null);
    const fetcher = createPoliteFetcher({ cache, minIntervalMs: 0 });
    const first = await pollFeeds([feedUrl], { fetcher, cache });
    assert.deepEqual(first.documents.map((document) => document.hints.title), ['Story 1']);
    assert.equal(first.documents[0]?.hints.outlet, 'Local');
    first.markSeen();
    items = [item(2), item(1)];
    const second = await pollFeeds([feedUrl], { fetcher, cache, fetchLinkedPages: true });
    assert.deepEqual(second.documents.map((document) => document.hints.title), ['Story 2']);
    assert.equal(second.documents[0]?.format, 'html');
    assert.match(second.documents[0]?.body ?? '', /Full page \/story\/2/);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

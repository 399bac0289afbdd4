import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPoliteFetcher } from './polite-fetch.js';
import { openFetchCache } from './fetch-cache.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

async function withServer(handler: Handler, body: (origin: string, requests: IncomingMessage[]) => Promise<void>): Promise<void> {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    await body(origin, requests);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const feedHandler: Handler = (request, response) => {
  if (request.url === '/robots.txt') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n\nUser-agent: Parallax\nDisallow: /no-parallax\nAllow: /no-parallax/open\n');
    return;
  }
  if (request.headers['if-none-match'] === '"v1"') {
    response.writeHead(304).end();
    return;
  }
  if (request.url?.startsWith('/loop')) {
    response.writeHead(302, { location: '/loop' }).end();
    return;
  }
  if (request.url === '/big') {
    response.writeHead(200).end('x'.repeat(5000));
    return;
  }
  response.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end('<rss/>');
};

test('a second fetch is conditional, answered 304, and the validators survive a restart through the cache file', async () => {
  const cachePath = join(mkdtempSync(join(tmpdir(), 'parallax-fetch-')), 'db.fetch-cache.json');
  await withServer(feedHandler, async (origin, requests) => {
    const cache = openFetchCache(cachePath);
    const first = await createPoliteFetcher({ cache, minIntervalMs: 0 }).fetch(`${origin}/feed`);
    assert.equal(first.status, 'ok');
    cache.save();
    const second = await createPoliteFetcher({ cache: openFetchCache(cachePath), minIntervalMs: 0 }).fetch(`${origin}/feed`);
    assert.equal(second.status, 'not-modified');
    const feedRequests = requests.filter((request) => request.url === '/feed');
    assert.equal(feedRequests[1]?.headers['if-none-match'], '"v1"');
    assert.match(String(feedRequests[0]?.headers['user-agent']), /^Parallax\/\d+\.\d+\.\d+ \(\+https:\/\/\S+\)$/);
  });
});

test('robots.txt is obeyed: the Parallax group over the * group, the longest rule winning', async () => {
  await withServer(feedHandler, async (origin) => {
    const fetcher = createPoliteFetcher({ minIntervalMs: 0 });
    const blocked = await fetcher.fetch(`${origin}/no-parallax/page`);
    assert.equal(blocked.status, 'failed');
    assert.equal(blocked.status === 'failed' ? blocked.message.code : '', 'robots-disallowed');
    assert.equal((await fetcher.fetch(`${origin}/no-parallax/open/page`)).status, 'ok');
    assert.equal((await fetcher.fetch(`${origin}/private`)).status, 'ok');
  });
});

test('requests to one host start at least the interval apart', async () => {
  await withServer(feedHandler, async (origin) => {
    const fetcher = createPoliteFetcher({ minIntervalMs: 150, respectRobots: false });
    const started = Date.now();
    await Promise.all([fetcher.fetch(`${origin}/a`), fetcher.fetch(`${origin}/b`), fetcher.fetch(`${origin}/c`)]);
    assert.ok(Date.now() - started >= 280, `three requests took only ${Date.now() - started} ms`);
  });
});

test('redirect loops, oversized bodies and timeouts are failures with messages, not exceptions', async () => {
  await withServer((request, response) => {
    if (request.url === '/slow') return;
    feedHandler(request, response);
  }, async (origin) => {
    const fetcher = createPoliteFetcher({ minIntervalMs: 0, maxBytes: 1000, timeoutMs: 300, respectRobots: false });
    const codes = await Promise.all(['/loop', '/big', '/slow'].map(async (path) => {
      const result = await fetcher.fetch(`${origin}${path}`);
      return result.status === 'failed' ? result.message.code : result.status;
    }));
    assert.deepEqual(codes, ['too-many-redirects', 'input-too-large', 'fetch-timeout']);
  });
});

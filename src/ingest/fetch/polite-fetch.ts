import type { Message } from '../../model/index.js';
import { makeMessage } from '../../model/index.js';
import type { FetchCache } from './fetch-cache.js';
import { createHostGate } from './host-gate.js';
import { readLimitedBody } from './read-limited-body.js';
import { createRobotsCheck } from './robots-check.js';
import { userAgent } from './user-agent.js';

export interface PoliteFetchOptions {
  /** Validators remembered between runs (ETag, Last-Modified); none: every GET is unconditional. */
  cache?: FetchCache;
  /** One timeout per request, headers and body together. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Between two request starts to one host; robots.txt Crawl-delay may raise it. */
  minIntervalMs?: number;
  maxConcurrentPerHost?: number;
  respectRobots?: boolean;
}

export type PoliteFetchResult =
  | { status: 'ok'; url: string; finalUrl: string; bytes: Uint8Array; contentType: string | null; capturedAt: string | null }
  | { status: 'not-modified'; url: string }
  | { status: 'failed'; url: string; message: Message };

export interface PoliteFetcher {
  fetch(url: string, options?: { conditional?: boolean }): Promise<PoliteFetchResult>;
}

/**
 * Defaults: 20 s covers slow news sites without hanging a poll; 10 MB is over any feed or article
 * page (the largest pages of the extraction set are 2 MB); 5 redirects as browsers' own checks
 * stop loops well before; one request a second and two at once per host, as crawler etiquette asks.
 */
export const FETCH_DEFAULTS = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5, minIntervalMs: 1000, maxConcurrentPerHost: 2 };

export function createPoliteFetcher(options: PoliteFetchOptions = {}): PoliteFetcher {
  const settings = { ...FETCH_DEFAULTS, ...definedOnly(options) };
  const gate = createHostGate(settings.maxConcurrentPerHost);
  const agent = userAgent();
  const get = (url: string, headers: Record<string, string>): Promise<Response> => {
    const host = new URL(url).host;
    return gate.run(host, robots.intervalFor(host, settings.minIntervalMs), () =>
      fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(settings.timeoutMs), headers: { 'user-agent': agent, ...headers } }));
  };
  const robots = createRobotsCheck(settings.respectRobots !== false, (url) => get(url, { accept: 'text/plain' }));

  async function politeFetch(url: string, fetchOptions: { conditional?: boolean } = {}): Promise<PoliteFetchResult> {
    const failed = (code: string, text: string): PoliteFetchResult => ({ status: 'failed', url, message: makeMessage(code, `${text.charAt(0).toUpperCase()}${text.slice(1)}`, { source: url, stage: 'ingest' }) });
    const cached = fetchOptions.conditional === false ? undefined : settings.cache?.get(url);
    let current = url;
    try {
      for (let redirects = 0; ; redirects += 1) {
        if (!(await robots.allows(current))) return failed('robots-disallowed', `robots.txt of ${new URL(current).host} disallows ${new URL(current).pathname} for Parallax.`);
        const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5' };
        if (current === url && cached?.etag) headers['if-none-match'] = cached.etag;
        if (current === url && cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
        const response = await get(current, headers);
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
          await response.body?.cancel();
          if (redirects >= settings.maxRedirects) return failed('too-many-redirects', `more than ${settings.maxRedirects} redirects.`);
          current = new URL(location, current).href;
          continue;
        }
        if (response.status === 304) {
          await response.body?.cancel();
          settings.cache?.set(url, { ...cached, checkedAt: new Date().toISOString() });
          return { status: 'not-modified', url };
        }
        if (!response.ok) {
          await response.body?.cancel();
          return failed('http-error', `the server answered HTTP ${response.status}.`);
        }
        const body = await readLimitedBody(response, settings.maxBytes);
        if (body === null) return failed('input-too-large', `the body is over the ${settings.maxBytes}-byte limit.`);
        remember(settings.cache, url, response);
        const date = new Date(response.headers.get('date') ?? NaN);
        return { status: 'ok', url, finalUrl: current, bytes: body, contentType: response.headers.get('content-type'), capturedAt: Number.isNaN(date.getTime()) ? null : date.toISOString() };
      }
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') return failed('fetch-timeout', `no complete answer within ${settings.timeoutMs} ms.`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return failed('url-unreachable', `cannot be fetched (${cause?.code ?? cause?.message ?? (error as Error).message}).`);
    }
  }
  return { fetch: politeFetch };
}

function remember(cache: FetchCache | undefined, url: string, response: Response): void {
  if (!cache) return;
  const previous = cache.get(url) ?? {};
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  const next = { ...previous, checkedAt: new Date().toISOString() };
  if (etag) next.etag = etag; else delete next.etag;
  if (lastModified) next.lastModified = lastModified; else delete next.lastModified;
  cache.set(url, next);
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

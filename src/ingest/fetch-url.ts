import { formatBytes } from './failed-document.js';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export type FetchResult =
  | { ok: true; bytes: Uint8Array; contentType: string | null; url: string; capturedAt: string | null }
  | { ok: false; code: string; text: string };

const USER_AGENT = 'parallax/0.1 (+https://github.com/parallax-news/parallax)';

/**
 * GET a URL: redirects followed by hand (to cap them and to know the final URL), one timeout for
 * the whole exchange, the body read up to `maxBytes`. Failures come back as a code and a sentence.
 */
export async function fetchUrl(url: string, options: FetchOptions): Promise<FetchResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects += 1) {
      const response = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/json,text/plain;q=0.9,*/*;q=0.5' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= options.maxRedirects) return { ok: false, code: 'too-many-redirects', text: `More than ${options.maxRedirects} redirects.` };
        current = new URL(location, current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, code: 'http-error', text: `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
      }
      return await readBody(response, current, options);
    }
  } catch (error) {
    return describeFetchError(error, options.timeoutMs);
  }
}

async function readBody(response: Response, url: string, options: FetchOptions): Promise<FetchResult> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = (size: string): FetchResult => ({
    ok: false, code: 'input-too-large', text: `The page is ${size}, over the ${formatBytes(options.maxBytes)} input limit.`,
  });
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    return tooLarge(formatBytes(declared));
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
    total += part.value.length;
    if (total > options.maxBytes) {
      await reader.cancel();
      return tooLarge(`more than ${formatBytes(options.maxBytes)}`);
    }
    chunks.push(part.value);
  }
  const date = new Date(response.headers.get('date') ?? NaN);
  const capturedAt = Number.isNaN(date.getTime()) ? null : date.toISOString();
  return { ok: true, bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type'), url, capturedAt };
}

function describeFetchError(error: unknown, timeoutMs: number): FetchResult {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, code: 'fetch-timeout', text: `No complete answer within ${timeoutMs} ms.` };
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  return { ok: false, code: 'url-unreachable', text: `The URL cannot be fetched (${reason}).` };
}

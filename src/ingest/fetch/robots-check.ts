import { ALLOW_ALL, isAllowed, MAX_ROBOTS_BYTES, parseRobots, type RobotsRules } from './robots-rules.js';
import { readLimitedBody } from './read-limited-body.js';
import { ROBOTS_AGENT_NAME } from './user-agent.js';

/**
 * robots.txt, fetched once per origin for the life of the fetcher. Per RFC 9309 §2.3.1: a 4xx
 * (no robots.txt) allows everything; a 5xx or an unreachable server disallows everything for now.
 */
export interface RobotsCheck {
  allows(url: string): Promise<boolean>;
  /** The interval to keep between requests to a host: the larger of ours and its Crawl-delay. */
  intervalFor(host: string, minimumMs: number): number;
}

const DISALLOW_ALL: RobotsRules = { rules: [{ allow: false, pattern: '/' }], crawlDelayMs: null };
/** A Crawl-delay over a minute would stall a poll; it is capped here and the feed waits for the next poll. */
const MAX_CRAWL_DELAY_MS = 60_000;
/** RFC 9309 §2.4: a crawler should not use a cached robots.txt for more than 24 hours (`watch` runs for days). */
const ROBOTS_CACHE_MS = 24 * 60 * 60 * 1000;

export function createRobotsCheck(enabled: boolean, get: (url: string) => Promise<Response>): RobotsCheck {
  const byOrigin = new Map<string, { rules: Promise<RobotsRules>; loadedAt: number }>();
  const delays = new Map<string, number>();
  const rulesFor = (origin: string, host: string): Promise<RobotsRules> => {
    const cached = byOrigin.get(origin);
    if (cached && Date.now() - cached.loadedAt < ROBOTS_CACHE_MS) return cached.rules;
    const rules = load(`${origin}/robots.txt`, get).then((loaded) => {
      if (loaded.crawlDelayMs !== null) delays.set(host, Math.min(loaded.crawlDelayMs, MAX_CRAWL_DELAY_MS));
      else delays.delete(host);
      return loaded;
    });
    byOrigin.set(origin, { rules, loadedAt: Date.now() });
    return rules;
  };
  return {
    async allows(url) {
      if (!enabled) return true;
      const parsed = new URL(url);
      if (parsed.pathname === '/robots.txt') return true;
      return isAllowed(await rulesFor(parsed.origin, parsed.host), `${parsed.pathname}${parsed.search}`);
    },
    intervalFor: (host, minimumMs) => Math.max(minimumMs, delays.get(host) ?? 0),
  };
}

/** RFC 9309 §2.3.1.2: follow at least five redirects for robots.txt. */
const MAX_ROBOTS_REDIRECTS = 5;

async function load(url: string, get: (url: string) => Promise<Response>): Promise<RobotsRules> {
  try {
    let response = await get(url);
    for (let redirects = 0; response.status >= 300 && response.status < 400 && redirects < MAX_ROBOTS_REDIRECTS; redirects += 1) {
      const location = response.headers.get('location');
      await response.body?.cancel();
      if (!location) return ALLOW_ALL;
      response = await get(new URL(location, url).href);
    }
    if (response.status >= 400 && response.status < 500) {
      await response.body?.cancel();
      return ALLOW_ALL;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return DISALLOW_ALL;
    }
    const body = await readLimitedBody(response, MAX_ROBOTS_BYTES);
    return body === null ? ALLOW_ALL : parseRobots(Buffer.from(body).toString('utf8'), ROBOTS_AGENT_NAME);
  } catch {
    return DISALLOW_ALL;
  }
}

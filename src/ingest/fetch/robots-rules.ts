/**
 * robots.txt (RFC 9309): the group for our agent name, else the `*` group; Allow/Disallow by the
 * longest matching path pattern (`*` wildcards, `$` end anchor), Allow winning a tie; a
 * non-standard Crawl-delay is honoured as a minimum interval.
 */
export interface RobotsRules {
  rules: Array<{ allow: boolean; pattern: string }>;
  crawlDelayMs: number | null;
}

export const ALLOW_ALL: RobotsRules = { rules: [], crawlDelayMs: null };

/** Bigger files are cut here, as RFC 9309 §2.5 allows (it requires reading at least 500 KiB). */
export const MAX_ROBOTS_BYTES = 512 * 1024;

export function parseRobots(text: string, agentName: string): RobotsRules {
  const groups: Array<{ agents: string[]; rules: RobotsRules['rules']; crawlDelayMs: number | null }> = [];
  let current: (typeof groups)[number] | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.slice(0, MAX_ROBOTS_BYTES).split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = (match[1] as string).toLowerCase();
    const value = (match[2] as string).trim();
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelayMs: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((key === 'allow' || key === 'disallow') && value.length > 0) current.rules.push({ allow: key === 'allow', pattern: value });
    if (key === 'crawl-delay' && Number(value) >= 0) current.crawlDelayMs = Number(value) * 1000;
  }
  const name = agentName.toLowerCase();
  const mine = groups.filter((group) => group.agents.some((agent) => agent !== '*' && name.includes(agent)));
  const chosen = mine.length > 0 ? mine : groups.filter((group) => group.agents.includes('*'));
  return {
    rules: chosen.flatMap((group) => group.rules),
    crawlDelayMs: chosen.map((group) => group.crawlDelayMs).find((delay) => delay !== null) ?? null,
  };
}

export function isAllowed(rules: RobotsRules, pathAndQuery: string): boolean {
  let best: { allow: boolean; length: number } | null = null;
  for (const rule of rules.rules) {
    if (!matches(rule.pattern, pathAndQuery)) continue;
    const length = rule.pattern.length;
    if (!best || length > best.length || (length === best.length && rule.allow)) best = { allow: rule.allow, length };
  }
  return best ? best.allow : true;
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const regex = body.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${regex}${anchored ? '$' : ''}`).test(path);
}

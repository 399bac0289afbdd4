import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowed, parseRobots } from './robots-rules.js';

const ROBOTS = `# comment
User-agent: Googlebot
Disallow: /

User-agent: *
Disallow: /search
Allow: /search/about$
Disallow: /*.pdf$
Crawl-delay: 2
`;

test('the * group applies when no group names Parallax, with wildcards, end anchors and crawl delay', () => {
  const rules = parseRobots(ROBOTS, 'parallax');
  assert.equal(isAllowed(rules, '/news/today'), true);
  assert.equal(isAllowed(rules, '/search?q=x'), false);
  assert.equal(isAllowed(rules, '/search/about'), true);
  assert.equal(isAllowed(rules, '/files/report.pdf'), false);
  assert.equal(isAllowed(rules, '/files/report.pdf?download=1'), true);
  assert.equal(rules.crawlDelayMs, 2000);
});

test('a group naming Parallax replaces the * group, and an empty file allows everything', () => {
  const rules = parseRobots(`${ROBOTS}\nUser-agent: Parallax\nDisallow: /private\n`, 'parallax');
  assert.equal(isAllowed(rules, '/search'), true);
  assert.equal(isAllowed(rules, '/private/x'), false);
  assert.equal(isAllowed(parseRobots('', 'parallax'), '/anything'), true);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { compareArticles } from '../compare/compare-articles.js';
import { loadArticles } from '../compare/load-articles.js';
import { renderHtml } from './render-html.js';

const ROOT = join(import.meta.dirname, '..', '..');

test('every citation in the HTML report of the seeds links to an anchor in an article', async () => {
  const { articles, inferredDates } = await loadArticles([join(ROOT, 'examples', 'us-russia-talks')]);
  const html = renderHtml(compareArticles(articles, { inferredDates }));
  const anchors = new Set([...html.matchAll(/<a class="anchor" id="([^"]+)"/g)].map((match) => match[1]));
  const targets = [...html.matchAll(/<a class="cite" href="#([^"]+)"/g)].map((match) => match[1]!);
  assert.ok(targets.length > 50, `only ${targets.length} citations`);
  assert.deepEqual(targets.filter((target) => !anchors.has(target)), []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { compareArticles } from '../../src/compare/compare-articles.js';
import { textArticle } from '../../src/compare/text-article.js';
import { annotateArticle } from '../../src/pipeline/default-pipeline.js';
import { renderHtml } from '../../src/report/render-html.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEEDS = join(import.meta.dirname, '..', '..', 'examples', 'us-russia-talks');
// Chromium as root on a closed network: no sandbox, no GPU, nothing that calls home.
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const HOSTILE = 'Officials said “the <script>window.__pwned = 1</script> plan” failed. <img src="http://example.invalid/x.png" onerror="window.__pwned = 2"> Tillerson met Lavrov in Moscow for nearly two hours on Wednesday.';

function writeReport(directory: string): string {
  const texts = readdirSync(SEEDS).sort().map((name) => readFileSync(join(SEEDS, name), 'utf8'));
  const articles = [...texts, HOSTILE].map((text, index) => annotateArticle(textArticle(`article-${index}`, text, { publishedAt: '2017-04-13' })));
  const path = join(directory, 'report.html');
  writeFileSync(path, renderHtml(compareArticles(articles)));
  return path;
}

test('the HTML report works offline, side by side, with citations that scroll and no article script running', { timeout: 60_000 }, async (context) => {
  if (!existsSync(CHROMIUM)) {
    context.skip(`chromium not found at ${CHROMIUM} (apt-get install chromium)`);
    return;
  }
  const directory = mkdtempSync(join(tmpdir(), 'parallax-browser-'));
  const browser = await chromium.launchPersistentContext(join(directory, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, offline: true });
  try {
    const attempted: string[] = [];
    await browser.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      attempted.push(url);
      return route.abort();
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(pathToFileURL(writeReport(directory)).href);
    assert.equal(await page.locator('.article').count(), 3, 'one column per article');
    assert.ok(await page.locator('.article').first().isVisible());
    const cite = page.locator('#summary a.cite').first();
    const target = (await cite.getAttribute('href'))!.slice(1);
    await cite.click();
    await page.waitForTimeout(200);
    const inView = await page.evaluate((id) => {
      const anchor = document.getElementById(id)!;
      const element = (anchor.nextElementSibling as HTMLElement | null) ?? anchor;
      const box = element.getBoundingClientRect();
      const column = anchor.closest('.article')!.getBoundingClientRect();
      return box.top >= Math.max(0, column.top) && box.top < Math.min(window.innerHeight, column.bottom);
    }, target);
    assert.ok(inView, `the cited passage ${target} is scrolled into view`);
    await page.locator('#article-0 .hl-quote').first().click();
    await page.waitForTimeout(200);
    assert.ok(await page.locator('#article-1 .flash').count() > 0, 'clicking a passage in one article shows its counterpart in the other');
    await page.locator('#article-1 .hl-quote').first().click();
    await page.waitForTimeout(200);
    assert.ok(await page.locator('#article-0 .flash').count() > 0, 'and the other way round');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'no script from an article ran');
    assert.ok((await page.locator('.article').nth(2).innerText()).includes('<script>'), 'the markup shows as text');
    assert.deepEqual(attempted, [], 'no request left the file');
  } finally {
    await browser.close();
    rmSync(directory, { recursive: true, force: true });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../model/index.js';
import { extractArticle } from './extract-article.js';

function htmlDocument(body: string): RawDocument {
  return { source: 'page.html', format: 'html', body, hints: {}, messages: [] };
}

test('HTML nested 100,000 levels deep gives a warning and its text, never a stack overflow', () => {
  const levels = 100_000;
  const sentence = 'The council voted on Tuesday to close the old bridge, and the ferries will run every ten minutes.';
  const html = `<html><body>${'<div>'.repeat(levels)}<p>${sentence}</p>${'</div>'.repeat(levels)}</body></html>`;
  const article = extractArticle(htmlDocument(html));
  assert.ok(article.messages.some((message) => message.code === 'html-too-deep'));
  assert.equal(article.text, sentence);
});

test('a page with no article text says so in a message', () => {
  const article = extractArticle(htmlDocument('<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>'));
  assert.equal(article.text, '');
  assert.deepEqual(article.messages.map((message) => message.code), ['no-article-text']);
});

test('an HTML fragment is read like a whole page', () => {
  const paragraph = 'MOSCOW — The talks lasted almost two hours, both sides said, and ended without a joint statement.';
  const article = extractArticle(htmlDocument(`<p>${paragraph}</p><p>${paragraph.replace('MOSCOW — ', '')}</p>`));
  assert.equal(article.dateline, 'MOSCOW');
  assert.ok(article.text.startsWith(paragraph));
});

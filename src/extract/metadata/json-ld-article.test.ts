import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { readJsonLd } from './read-json-ld.js';
import { readJsonLdArticle } from './json-ld-article.js';

function articleOf(...scripts: string[]) {
  const html = `<html><head>${scripts.map((script) => `<script type="application/ld+json">${script}</script>`).join('')}</head></html>`;
  const { document } = parseHTML(html);
  return readJsonLdArticle(readJsonLd(document as unknown as Document));
}

test('an article nested in a WebPage mainEntity is found, with string and array authors', () => {
  const article = articleOf(
    '{"@type":"WebPage","mainEntity":{"@type":"ReportageNewsArticle","headline":"Nested","author":["Jane Doe",{"name":"John Roe"}],"datePublished":"2017-04-13"}}',
  );
  assert.equal(article.title, 'Nested');
  assert.deepEqual(article.authors, ['Jane Doe', 'John Roe']);
  assert.equal(article.publishedAt, '2017-04-13');
});

test('an array of top-level nodes and a schema.org type prefix are read', () => {
  const article = articleOf('[{"@type":"BreadcrumbList"},{"@type":"http://schema.org/BlogPosting","name":"A post","datePublished":"2017-04-13T10:00:00+02:00","publisher":[{"@type":"Organization","name":"Blog Inc"}]}]');
  assert.equal(article.title, 'A post');
  assert.equal(article.publishedAt, '2017-04-13T10:00:00+02:00');
  assert.equal(article.outlet, 'Blog Inc');
});

test('dates of page-level nodes are a fallback after the article nodes', () => {
  const article = articleOf(
    '{"@type":"WebPage","datePublished":"2016-01-01"}',
    '{"@type":"NewsArticle","headline":"Talks","datePublished":"2017-04-13","dateModified":"2017-04-14"}',
  );
  assert.equal(article.publishedAt, '2017-04-13');
  assert.equal(article.modifiedAt, '2017-04-14');
});

test('a script no repair can parse still gives up its publication date', () => {
  const article = articleOf('{"@type":"NewsArticle", "headline": "Broken "quotes" inside", "datePublished": "2017-04-13T09:30:00-04:00"');
  assert.equal(article.publishedAt, '2017-04-13T09:30:00-04:00');
});

test('scripts of other types and empty scripts are ignored', () => {
  const { document } = parseHTML('<html><head><script>var x = {"datePublished":"2017-04-13"}</script><script type="application/ld+json"> </script></head></html>');
  assert.deepEqual(readJsonLd(document as unknown as Document), []);
});

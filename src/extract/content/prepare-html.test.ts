import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitNesting, prepareHtml, stripNonContent } from './prepare-html.js';

test('a fragment is wrapped in a document so the extractors find a body', () => {
  assert.equal(prepareHtml('<p>Hello</p>').html, '<!doctype html><html><body><p>Hello</p></body></html>');
});

test('tags nested deeper than the limit are unwrapped and their text kept', () => {
  assert.equal(limitNesting('<div><div><div><b>deep</b></div></div></div>', 2), '<div><div>deep</div></div>');
});

test('paragraphs and void elements do not count as nesting', () => {
  const html = '<div><p>one<p>two<br><img src=x><p>three</div>';
  assert.equal(limitNesting(html, 1), html);
});

test('script text is not scanned for tags', () => {
  const html = '<div><script>var s = "<div><div><div>";</script></div>';
  assert.equal(limitNesting(html, 1), html);
});

test('a page nested 100,000 levels deep gives a warning and a bounded page', () => {
  const levels = 100_000;
  const prepared = prepareHtml(`<html><body>${'<div>'.repeat(levels)}text${'</div>'.repeat(levels)}</body></html>`);
  assert.deepEqual(prepared.messages.map((message) => message.code), ['html-too-deep']);
  assert.ok(prepared.html.length < 10_000);
  assert.ok(prepared.html.includes('text'));
});

test('scripts other than JSON-LD, styles and comments are stripped before parsing', () => {
  const html = '<script>x()</script><script type="application/ld+json">{"a":1}</script><style>p{}</style><!-- c --><p>t</p>';
  assert.equal(stripNonContent(html), '<script type="application/ld+json">{"a":1}</script><p>t</p>');
});

test('a 20 MB page is cut to the parsing cap with a warning', () => {
  const paragraph = '<p>Some words of a very long page, repeated many times over.</p>';
  const html = `<html><body>${paragraph.repeat(Math.ceil(20_000_000 / paragraph.length))}</body></html>`;
  const prepared = prepareHtml(html);
  assert.ok(prepared.html.length <= 3_000_000);
  assert.deepEqual(prepared.messages.map((message) => message.code), ['html-truncated']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeHtmlBytes } from './decode-html-bytes.js';

test('valid UTF-8 is read as UTF-8 even under a stale charset declaration', () => {
  const html = '<meta charset="windows-1251"><p>Переговоры “в Москве”</p>';
  assert.equal(decodeHtmlBytes(Buffer.from(html, 'utf8')), html);
});

test('a windows-1252 page keeps its curly quotes and dashes', () => {
  const html = '<meta charset="windows-1252"><p>“Low point” — Tillerson</p>';
  assert.equal(decodeHtmlBytes(iconv.encode(html, 'windows-1252')), html);
});

test('a byte-order mark is dropped', () => {
  assert.equal(decodeHtmlBytes(Buffer.from('\uFEFF<p>x</p>', 'utf8')), '<p>x</p>');
});

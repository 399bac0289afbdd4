import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeText } from './decode-text.js';
import { describeBinary } from './sniff-bytes.js';

const CURLY = '“It’s a low point” — he said, café.';

test('windows-1252 bytes declared as Latin-1 keep their curly quotes and dashes', () => {
  const decoded = decodeText(iconv.encode(CURLY, 'windows-1252'), ['ISO-8859-1']);
  assert.equal(decoded.text, CURLY);
  assert.equal(decoded.encoding, 'windows-1252');
});

test('UTF-8 bytes under a stale Latin-1 declaration are read as UTF-8', () => {
  const decoded = decodeText(Buffer.from(CURLY, 'utf8'), ['iso-8859-1']);
  assert.equal(decoded.text, CURLY);
  assert.equal(decoded.messages[0]?.code, 'charset-mismatch');
});

test('undeclared windows-1252 text is guessed', () => {
  const bytes = iconv.encode(`${CURLY} The minister’s “talks” went on for hours — without result.`, 'windows-1252');
  assert.equal(decodeText(bytes).encoding, 'windows-1252');
});

test('a byte-order mark wins over a declaration', () => {
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CURLY, 'utf-16le')]);
  assert.equal(decodeText(bytes, ['windows-1252']).text, CURLY);
});

test('damaged UTF-8 is decoded with replacements and a warning', () => {
  const bytes = Buffer.concat([Buffer.from('“Hello” '), Buffer.from([0xc3, 0x28]), Buffer.from(' world')]);
  const decoded = decodeText(bytes);
  assert.match(decoded.text, /\uFFFD/);
  assert.equal(decoded.messages[0]?.code, 'invalid-utf8');
  assert.equal(decoded.messages[0]?.severity, 'warning');
});

test('an unknown declared charset falls back with a warning', () => {
  const decoded = decodeText(Buffer.from('plain'), ['x-klingon']);
  assert.equal(decoded.text, 'plain');
  assert.equal(decoded.messages[0]?.code, 'unknown-charset');
});

test('NUL bytes and image signatures are binary; UTF-16 with a mark is not', () => {
  assert.equal(describeBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d])), 'a PNG image');
  assert.match(describeBinary(Buffer.from('ab\u0000cd')) ?? '', /NUL/);
  assert.equal(describeBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('hi', 'utf-16le')])), null);
  assert.equal(describeBinary(Buffer.from('plain text\n')), null);
});

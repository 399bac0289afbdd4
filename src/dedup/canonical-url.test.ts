import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl } from './canonical-url.js';

test('links to one page with tracking, fragment, www and trailing slash compare equal', () => {
  const plain = canonicalUrl('https://example.com/world/talks');
  assert.equal(canonicalUrl('http://www.Example.com/world/talks/?utm_source=tw&utm_medium=social#comments'), plain);
  assert.equal(canonicalUrl('https://example.com:443/world/talks?fbclid=abc'), plain);
});

test('parameters that name the page are kept, in a stable order', () => {
  assert.equal(canonicalUrl('https://example.com/article?story=2&id=17&gclid=x'), 'https://example.com/article?id=17&story=2');
});

test('what is not an http URL has no canonical form', () => {
  assert.equal(canonicalUrl('not a url'), null);
  assert.equal(canonicalUrl('mailto:desk@example.com'), null);
  assert.equal(canonicalUrl(null), null);
});

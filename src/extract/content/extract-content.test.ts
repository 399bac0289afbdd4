import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { extractContent } from './extract-content.js';

const STORY = [
  'LONDON (AP) — The city council voted on Tuesday to close the old bridge for repairs, a decision that will send thousands of commuters onto crowded ferries for most of next year.',
  'Engineers told the council that the steel frame, built in 1894, had corroded faster than expected, and that another winter of heavy traffic could make the repairs far more expensive.',
  '“We have no good options, only less bad ones,” said the council leader, who added that the ferries would run every ten minutes during the morning and evening rush hours.',
  'Shop owners on both banks said they feared losing customers, while cycling groups asked the council to keep a narrow lane open for bicycles and pedestrians during the works.',
];

function page(body: string): Document {
  const html = `<html><head><title>Council closes old bridge for repairs - The Daily Example</title></head><body>${body}</body></html>`;
  return parseHTML(html).document as unknown as Document;
}

function storyHtml(extra: { afterFirst?: string; end?: string } = {}): string {
  const [first, ...rest] = STORY.map((paragraph) => `<p>${paragraph}</p>`);
  return `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
    <article><h1>Council closes old bridge for repairs</h1>
    <div class="byline">By Jane Example</div>
    ${first}${extra.afterFirst ?? ''}${rest.join('')}${extra.end ?? ''}</article>`;
}

test('the story comes out as paragraphs one blank line apart, dateline kept, headline and byline left out', () => {
  const result = extractContent(page(storyHtml()));
  assert.equal(result.text, STORY.join('\n\n'));
  assert.deepEqual(result.messages, []);
});

test('a figure caption and its photo credit move out of the body into captions and credits', () => {
  const figure = '<figure><img src="bridge.jpg"><figcaption>The old bridge at dawn. <span class="credit">Photo: John Lens/AP</span></figcaption></figure>';
  const result = extractContent(page(storyHtml({ afterFirst: figure })));
  assert.equal(result.text, STORY.join('\n\n'));
  assert.deepEqual(result.captions, ['The old bridge at dawn.']);
  assert.deepEqual(result.credits, ['Photo: John Lens/AP']);
});

test('a caption line ending in an agency credit is moved out even without a caption element', () => {
  const line = '<p>Commuters wait for a ferry on the south bank. (AP Photo/John Lens)</p>';
  const result = extractContent(page(storyHtml({ afterFirst: line })));
  assert.equal(result.text, STORY.join('\n\n'));
  assert.deepEqual(result.captions, ['Commuters wait for a ferry on the south bank.']);
  assert.deepEqual(result.credits, ['AP Photo/John Lens']);
});

test('share bars, newsletter boxes, related-link lists and ad labels are dropped', () => {
  const clutter = `<div class="social-share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
    <p>ADVERTISEMENT</p>
    <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day of the week, free.</p></div>`;
  const related = `<ul><li><a href="/a">Ferry fares to rise in spring as the operator cites fuel costs</a></li>
    <li><a href="/b">The history of the old bridge, told in twelve photographs</a></li></ul>
    <p>Read more: Why the bridge repairs cost twice the estimate</p>`;
  const result = extractContent(page(storyHtml({ afterFirst: clutter, end: related })));
  assert.equal(result.text, STORY.join('\n\n'));
});

test('a page without an article gives no text', () => {
  const result = extractContent(page('<nav><a href="/">Home</a> <a href="/about">About</a></nav><footer>© 2019</footer>'));
  assert.equal(result.text, '');
});

test('text split over sibling blocks keeps each block as its own paragraph', () => {
  const body = `<article>${STORY.map((paragraph) => `<div>${paragraph}</div>`).join('')}</article>`;
  assert.equal(extractContent(page(body)).text, STORY.join('\n\n'));
});

test('a further-reading heading is dropped with the list under it, even when the list is half plain text', () => {
  const rail = `<div class="heading-h3">More Great Stories</div><ul>
    <li>The strange life and <a href="/a">mysterious death of a famous bridge engineer</a></li>
    <li>How the city <a href="/b">pays for its ferries and its trams</a></li></ul>`;
  const result = extractContent(page(storyHtml({ end: rail })));
  assert.equal(result.text, STORY.join('\n\n'));
});

test('a credit printed at the end of a figure caption goes to credits', () => {
  const figure = '<figure><img src="ferry.jpg"><figcaption>A ferry leaves the south bank. (AP Photo/Jane Lens, File)</figcaption></figure>';
  const result = extractContent(page(storyHtml({ afterFirst: figure })));
  assert.deepEqual(result.captions, ['A ferry leaves the south bank.']);
  assert.deepEqual(result.credits, ['AP Photo/Jane Lens, File']);
});

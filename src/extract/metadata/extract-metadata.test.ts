import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { extractMetadata, type MetadataOptions } from './extract-metadata.js';

function metadataOf(html: string, options: MetadataOptions = {}) {
  const { document } = parseHTML(html);
  return extractMetadata(document as unknown as Document, options);
}

const GRAPH_PAGE = `<html lang="en-us"><head><title>Talks stall | Daily Planet</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"WebSite","name":"Daily Planet"},
  {"@type":["NewsArticle"],"headline":"Talks stall in Moscow","datePublished":"2017-04-12T20:05:00-04:00",
   "dateModified":"2017-04-13T09:00:00-04:00","url":"https://planet.example/2017/04/12/talks",
   "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
   "publisher":{"@type":"Organization","name":"Daily Planet"}}]}</script></head><body><h1>Talks stall in Moscow</h1></body></html>`;

test('a JSON-LD @graph gives headline, authors, publisher and the published date with its own offset', () => {
  const metadata = metadataOf(GRAPH_PAGE);
  assert.equal(metadata.title, 'Talks stall in Moscow');
  assert.deepEqual(metadata.authors, ['Jane Doe', 'John Roe']);
  assert.equal(metadata.publishedAt, '2017-04-12T20:05:00-04:00');
  assert.equal(metadata.publishedAtSource, 'json-ld');
  assert.equal(metadata.outlet, 'Daily Planet');
  assert.equal(metadata.url, 'https://planet.example/2017/04/12/talks');
  assert.equal(metadata.language, 'en-US');
});

test('broken JSON-LD with a trailing comma and an extra brace is still read', () => {
  const html = `<html><head><script type="application/ld+json">
    {"@type":"NewsArticle","headline":"Broken but readable","datePublished":"2020-10-26T18:10:00+01:00",}}
  </script></head><body></body></html>`;
  assert.equal(metadataOf(html).publishedAt, '2020-10-26T18:10:00+01:00');
});

test('OpenGraph and article tags give title, outlet and the published date, not the modified one', () => {
  const html = `<html><head>
    <meta property="og:title" content="Gap only grows amid US-Russia talks - The Boston Globe">
    <meta property="og:site_name" content="The Boston Globe">
    <meta property="article:modified_time" content="2017-04-14T08:00:00Z">
    <meta property="article:published_time" content="2017-04-13T09:30:00-04:00">
    <meta property="og:locale" content="en_US">
    </head><body></body></html>`;
  const metadata = metadataOf(html);
  assert.equal(metadata.title, 'Gap only grows amid US-Russia talks');
  assert.equal(metadata.outlet, 'The Boston Globe');
  assert.equal(metadata.publishedAt, '2017-04-13T09:30:00-04:00');
  assert.equal(metadata.language, 'en-US');
});

test('a byline is split into names without "By", roles or e-mail addresses', () => {
  const html = `<html><body><h1>Talks</h1><div class="byline">By Jane Doe and John Roe, Staff Writers
    jane@example.com</div></body></html>`;
  assert.deepEqual(metadataOf(html).authors, ['Jane Doe', 'John Roe']);
  const relAuthor = '<html><body><a rel="author" href="/staff/ana">Ana Lima</a></body></html>';
  assert.deepEqual(metadataOf(relAuthor).authors, ['Ana Lima']);
});

test('reading metadata leaves the document unchanged', () => {
  const { document } = parseHTML(GRAPH_PAGE);
  const before = document.toString();
  extractMetadata(document as unknown as Document);
  assert.equal(document.toString(), before);
});

test('a link to a writer page is read as the byline when nothing else names the author', () => {
  const html = '<html><body><h1>Talks</h1><p>Researched by: <a href="/staff/matthew-digby/">Matthew Digby</a></p></body></html>';
  assert.deepEqual(metadataOf(html).authors, ['Matthew Digby']);
});

test('a JSON-LD author that is only the outlet yields to the writers printed on the page', () => {
  const html = `<html><head><meta property="og:site_name" content="AppleInsider">
    <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"AppleInsider"}}</script>
    </head><body><h1>New MacBook Pro</h1><div class="byline">By Mike Wuerthele and Malcolm Owen</div>
    <form><label class="comment-author">Name *</label></form></body></html>`;
  assert.deepEqual(metadataOf(html).authors, ['Mike Wuerthele', 'Malcolm Owen']);
});

test('pages without head, body or metadata give empty fields, never an exception', () => {
  for (const html of ['', '<p>just a fragment</p>', '<html></html>', '<frameset><frame src="a.html"></frameset>']) {
    const metadata = metadataOf(html);
    assert.deepEqual(metadata.authors, []);
    assert.equal(metadata.publishedAt, null);
  }
});

test('the outlet falls back to the host name when the page does not name its site', () => {
  const html = '<html><head><link rel="canonical" href="https://www.example.com/news/talks"></head><body></body></html>';
  assert.equal(metadataOf(html).outlet, 'example.com');
});

test('a template-default English declaration yields to the language the paragraphs are written in', () => {
  const spanish = 'Los pescadores del río gestionarán nuevos permisos ante las autoridades municipales esta semana, ' +
    'según informaron los representantes de la cooperativa durante una reunión celebrada en el ayuntamiento.';
  assert.equal(metadataOf(`<html lang="en"><body><p>${spanish}</p></body></html>`).language, 'es');
  assert.equal(metadataOf(`<html lang="pt-BR"><body><p>${spanish}</p></body></html>`).language, 'pt-BR');
});

test('the host name the page was read from strips the site from a <title>', () => {
  const html = '<html><head><title>Talks stall in Moscow - Planet</title></head><body></body></html>';
  assert.equal(metadataOf(html, { url: 'https://www.planet.example/news/talks' }).title, 'Talks stall in Moscow');
  assert.equal(metadataOf(html).title, 'Talks stall in Moscow - Planet');
});

test('the outlet is the site name without its slogan', () => {
  const html = '<html><head><meta property="og:site_name" content="Los Angeles Times - California, national and world news"></head></html>';
  assert.equal(metadataOf(html).outlet, 'Los Angeles Times');
});

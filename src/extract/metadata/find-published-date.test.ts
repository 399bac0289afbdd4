import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { extractMetadata, type MetadataOptions } from './extract-metadata.js';

function metadataOf(html: string, options: MetadataOptions = {}) {
  const { document } = parseHTML(html);
  return extractMetadata(document as unknown as Document, options);
}

test('Dublin Core, sailthru and parsely dates are read, and a Z offset is kept as given', () => {
  const dublinCore = '<html><head><meta name="DC.date.issued" content="2017-04-13"></head><body></body></html>';
  assert.equal(metadataOf(dublinCore).publishedAt, '2017-04-13');
  const sailthru = '<html><head><meta name="sailthru.date" content="2017-04-13 14:30:00"></head><body></body></html>';
  assert.equal(metadataOf(sailthru).publishedAt, '2017-04-13');
  const parsely = '<html><head><meta name="parsely-pub-date" content="2017-04-13T14:30:00Z"></head><body></body></html>';
  assert.equal(metadataOf(parsely).publishedAt, '2017-04-13T14:30:00Z');
});

test('itemprop datePublished and <time pubdate> are read when no meta tag names the date', () => {
  const microdata = '<html><body><span itemprop="datePublished" content="2017-04-13T10:00:00+03:00">13 April</span></body></html>';
  assert.equal(metadataOf(microdata).publishedAt, '2017-04-13T10:00:00+03:00');
  const time = '<html><body><time class="updated" datetime="2017-04-20">x</time><time pubdate datetime="2017-04-13T10:00:00+0300">y</time></body></html>';
  assert.equal(metadataOf(time).publishedAt, '2017-04-13T10:00:00+03:00');
  const hAtom = '<html><body><abbr class="published" title="2017-04-13T10:00:00+02:00">13 April</abbr></body></html>';
  assert.equal(metadataOf(hAtom).publishedAt, '2017-04-13T10:00:00+02:00');
});

test('the URL path gives the day when the page declares none', () => {
  const metadata = metadataOf('<html><body><p>No dates here.</p></body></html>', { url: 'https://news.example/world/2017/04/13/talks.html' });
  assert.equal(metadata.publishedAt, '2017-04-13');
  assert.equal(metadata.publishedAtSource, 'url');
});

test('a UTC machine date yields to the local day printed in the URL', () => {
  const html = '<html><head><meta property="article:published_time" content="2020-02-18T02:18:11Z"></head><body></body></html>';
  assert.equal(metadataOf(html, { url: 'https://news.example/2020/02/17/story/' }).publishedAt, '2020-02-17');
  assert.equal(metadataOf(html, { url: 'https://news.example/2020/02/18/story/' }).publishedAt, '2020-02-18T02:18:11Z');
});

test('the date printed under the headline is read in other languages', () => {
  const spanish = '<html lang="es"><body><h1>El acuerdo de paz</h1><p class="autor">Por Juan Pérez</p><p>13 de abril de 2017</p></body></html>';
  assert.equal(metadataOf(spanish).publishedAt, '2017-04-13');
  const russian = '<html lang="ru"><body><h1>Переговоры в Москве</h1><span>13 апреля 2017, 10:30</span></body></html>';
  assert.equal(metadataOf(russian).publishedAt, '2017-04-13');
  const japanese = '<html lang="ja"><body><h1>モスクワで会談</h1><div>2017年4月13日 10時30分</div></body></html>';
  assert.equal(metadataOf(japanese).publishedAt, '2017-04-13');
});

test('an update stamp under the headline yields to the publication line after it', () => {
  const html = '<html><body><h1>Talks stall in Moscow today</h1><p>Updated April 14, 2017</p><p>April 13, 2017</p></body></html>';
  assert.equal(metadataOf(html).publishedAt, '2017-04-13');
});

test('the URL date beats an unmarked <time> that may belong to a sidebar', () => {
  const html = '<html><body><aside><time datetime="2017-03-01">1 March</time></aside><h1>Talks</h1></body></html>';
  assert.equal(metadataOf(html, { url: 'https://x.example/2017/04/13/talks' }).publishedAt, '2017-04-13');
  assert.equal(metadataOf(html).publishedAt, '2017-03-01');
});

test('a date after a publication label is read anywhere on the page', () => {
  const html = '<html lang="ko"><body><div><span>기사입력 :[ 2018-08-25 15:24 ]</span></div><p>본문</p></body></html>';
  assert.equal(metadataOf(html).publishedAt, '2018-08-25');
  const english = '<html><body><div><b>Published:</b> <span>April 13, 2017</span></div></body></html>';
  assert.equal(metadataOf(english).publishedAt, '2017-04-13');
});

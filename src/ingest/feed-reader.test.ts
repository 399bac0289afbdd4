import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../model/index.js';
import { feedReader, readFeedText } from './feed-reader.js';

const context = { contentType: null, url: null, capturedAt: null };

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example News</title><link>https://news.example/</link>
<item><title>Talks end &amp; nothing agreed</title><link>https://news.example/talks</link><guid isPermaLink="false">id-1</guid>
<pubDate>Wed, 12 Apr 2017 20:01:00 +0300</pubDate><dc:creator>Ann Lee</dc:creator><dc:creator>Bo Ma</dc:creator>
<description>Short summary.</description><content:encoded><![CDATA[<p>The meeting lasted <b>two hours</b>.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://news.example/second</link><pubDate>Thu, 13 Apr 2017 09:00:00 EST</pubDate><description>Plain words only.</description></item>
</channel></rss>`;

test('RSS items become documents with the content as HTML and the feed title as outlet', () => {
  const [first, second] = readFeedText(RSS, 'feed.xml');
  assert.equal(first?.source, 'feed.xml#1');
  assert.equal(first?.format, 'html');
  assert.match(first?.body ?? '', /<b>two hours<\/b>/);
  assert.deepEqual(first?.hints, {
    url: 'https://news.example/talks', title: 'Talks end & nothing agreed', publishedAt: '2017-04-12T20:01:00+03:00',
    authors: ['Ann Lee', 'Bo Ma'], outlet: 'Example News',
  });
  assert.equal(second?.format, 'text');
  assert.equal(second?.hints.publishedAt, '2017-04-13T09:00:00-05:00');
});

test('Atom entries keep their own title type, link, published date and author names', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &lt;b&gt;B&lt;/b&gt;</title>
  <entry><title type="text">1 &lt; 2</title><id>urn:x:1</id><link rel="alternate" href="https://a.example/1"/>
  <published>2017-04-12T10:00:00-04:00</published><updated>2017-04-13T10:00:00Z</updated>
  <author><name>Zoe Q</name><email>z@a.example</email></author><content type="html">&lt;p&gt;Hi&lt;/p&gt;</content></entry></feed>`;
  const [entry] = readFeedText(atom, 'a.atom');
  assert.equal(entry?.hints.title, '1 < 2');
  assert.equal(entry?.hints.outlet, 'A B');
  assert.equal(entry?.hints.url, 'https://a.example/1');
  assert.equal(entry?.hints.publishedAt, '2017-04-12T10:00:00-04:00');
  assert.deepEqual(entry?.hints.authors, ['Zoe Q']);
});

test('a billion-laughs feed is read without expanding its nested entities, with a message', () => {
  const levels = Array.from({ length: 9 }, (_, level) =>
    `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`).join('');
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]>
  <rss version="2.0"><channel><title>Bomb &lol9;</title><item><title>x</title><description>&lol9;</description></item></channel></rss>`;
  const started = Date.now();
  const documents = readFeedText(bomb, 'bomb.xml');
  assert.ok(Date.now() - started < 2000);
  assert.ok((documents[0]?.body.length ?? 0) < 1000);
  assert.ok(documents[0]?.messages.some((message) => message.code === 'feed-entities-refused' && message.text.includes('bomb.xml')));
});

test('an external entity is never fetched or read: the feed keeps the reference as written', () => {
  const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
  <rss version="2.0"><channel><title>T</title><item><title>x</title><description>a &secret; b</description></item></channel></rss>`;
  const [document] = readFeedText(xxe, 'xxe.xml');
  assert.ok(!document?.body.includes('root:'));
  assert.ok(document?.messages.some((message) => message.code === 'feed-entities-refused'));
});

test('a literal entity declared in the feed is expanded once', () => {
  const feed = `<!DOCTYPE rss [<!ENTITY id "tag:example.com,">]><rss version="2.0"><channel><item><guid isPermaLink="false">&id;2006</guid><title>t</title><description>d</description></item></channel></rss>`;
  const [document] = readFeedText(feed, 'entity.xml');
  assert.equal(document?.hints.title, 't');
  assert.equal(document?.messages.length, 0);
});

test('broken XML and an empty feed are messages naming the file, not exceptions', () => {
  const [broken] = readFeedText('<rss version="2.0"><channel><item><title>x</tit', 'broken.xml');
  assert.equal(broken?.messages[0]?.code, 'feed-unreadable');
  assert.match(broken?.messages[0]?.text ?? '', /broken\.xml/);
  const [empty] = readFeedText('<rss version="2.0"><channel><title>Nothing</title></channel></rss>', 'empty.xml');
  assert.equal(empty?.messages[0]?.code, 'feed-empty');
});

test('the reader detects feeds by media type, extension and root element, and decodes the declared encoding', () => {
  assert.ok(feedReader.detect('x', new TextEncoder().encode('<?xml version="1.0"?>\n<!-- c -->\n<rdf:RDF xmlns:rdf="x">'), null));
  assert.ok(feedReader.detect('x.bin', new Uint8Array(), 'application/atom+xml; charset=utf-8'));
  assert.ok(!feedReader.detect('page.html', new TextEncoder().encode('<!doctype html><html>'), 'text/html'));
  const latin1 = Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>Caf\xe9</title><item><title>\xe9t\xe9</title></item></channel></rss>', 'latin1');
  const [document] = [...(feedReader.read(latin1, 'latin1.xml', context) as Iterable<RawDocument>)];
  assert.equal(document?.hints.outlet, 'Café');
  assert.equal(document?.hints.title, 'été');
});

test('legacy RSS full text (xhtml:body, fullitem) is read as content, but an HTML page inside a description is left alone', () => {
  const legacy = `<rss version="2.0" xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel><title>Old</title>
  <item><title>a</title><xhtml:body><p>Body one</p></xhtml:body></item>
  <item><title>b</title><fullitem>&lt;p&gt;Body two&lt;/p&gt;</fullitem></item>
  <item><title>c</title><description><![CDATA[<html><body><p>Page three</p></body></html>]]></description></item></channel></rss>`;
  const documents = readFeedText(legacy, 'old.xml');
  assert.match(documents[0]?.body ?? '', /<p>Body one<\/p>/);
  assert.match(documents[1]?.body ?? '', /<p>Body two<\/p>/);
  assert.match(documents[2]?.body ?? '', /<body><p>Page three<\/p><\/body>/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RawDocument } from '../model/index.js';
import { opmlReader, readOpmlFeeds } from './opml-reader.js';

const OPML = `<?xml version="1.0"?><opml version="2.0"><head><title>Subs</title></head><body>
<outline text="News"><outline type="rss" text="A" title="A feed" xmlUrl="https://a.example/feed"/></outline>
<outline text="B" xmlUrl="http://b.example/rss"/><outline text="again" xmlUrl="https://a.example/feed"/><outline text="no feed"/></body></opml>`;

test('an OPML list gives each feed URL once, nested outlines included, with its title', () => {
  const { feeds, messages } = readOpmlFeeds(OPML, 'subs.opml');
  assert.deepEqual(feeds, [{ url: 'https://a.example/feed', title: 'A feed' }, { url: 'http://b.example/rss', title: 'B' }]);
  assert.deepEqual(messages, []);
});

test('a broken OPML file is a message naming it', () => {
  const { feeds, messages } = readOpmlFeeds('<opml><body><outline', 'bad.opml');
  assert.equal(feeds.length, 0);
  assert.match(messages[0]?.text ?? '', /bad\.opml/);
});

test('read as input, an OPML list points to parallax watch', () => {
  assert.ok(opmlReader.detect('x.xml', new TextEncoder().encode(OPML), null));
  const [document] = [...(opmlReader.read(new TextEncoder().encode(OPML), 'subs.opml', { contentType: null, url: null, capturedAt: null }) as Iterable<RawDocument>)];
  assert.match(document?.messages.at(-1)?.text ?? '', /parallax watch subs\.opml/);
});

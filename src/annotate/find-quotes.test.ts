import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.js';
import { findQuotes } from './find-quotes.js';

/** Runs the stage alone (its own sentence split and name index), as when no other stage ran. */
function quotesOf(text: string, indirect = false): { content: string; kind: string; speaker: string | null; name: string | null }[] {
  const article: Article = {
    id: 't', source: 't', url: null, outlet: null, title: null, authors: [], publishedAt: null,
    language: 'en', dateline: null, captions: [], credits: [], text, messages: [],
  };
  return (findQuotes({ indirect }).run(article, {}).quotes ?? []).map((quote) => ({
    content: text.slice(quote.content.start, quote.content.end),
    kind: quote.kind,
    speaker: quote.speaker ? text.slice(quote.speaker.start, quote.speaker.end) : null,
    name: quote.speakerName ?? null,
  }));
}

test('a speaker after the quotation is found, with or without inversion', () => {
  const quotes = quotesOf('“We will win,” Mr. Smith said. “We lost,” said the coach.');
  assert.deepEqual(quotes.map((quote) => quote.speaker), ['Mr. Smith', 'the coach']);
});

test('a speaker before a colon introduces the quotation', () => {
  const [quote] = quotesOf('But R.C. Hammond, a senior aide, said flatly: “No agreements were reached.”');
  assert.equal(quote?.speaker, 'R.C. Hammond');
  assert.equal(quote?.kind, 'direct');
});

test('a quoted fragment inside reported speech is partial and spoken by the subject of the cue', () => {
  const [quote] = quotesOf('Mr. Lavrov said that “we understand each other better” after the talks.');
  assert.deepEqual(quote, { content: 'we understand each other better', kind: 'partial', speaker: 'Mr. Lavrov', name: 'Lavrov' });
});

test('a surname resolves to the full name written earlier, and "he" to the person just quoted', () => {
  const text = 'Foreign Minister Sergey Lavrov met reporters.\n\n“We have seen nothing,” Mr. Lavrov said. “Nothing at all,” he added.';
  assert.deepEqual(quotesOf(text).map((quote) => quote.name), ['Sergey Lavrov', 'Sergey Lavrov']);
});

test('"according to" names the source after it', () => {
  const [quote] = quotesOf('“The talks failed,” according to a senior official.');
  assert.equal(quote?.speaker, 'a senior official');
});

test('a second quotation in the paragraph keeps the speaker of the first', () => {
  const quotes = quotesOf('“It is not clear,” she said on television. “Nobody understands it.’’');
  assert.deepEqual(quotes.map((quote) => quote.speaker), ['she', 'she']);
});

test('the title of a book is not a quotation', () => {
  const quotes = quotesOf('He quoted the authors of the 1928 satire “The 12 Chairs,” and said, “It is boring.”');
  assert.deepEqual(quotes.map((quote) => quote.content), ['It is boring.']);
});

test('reported speech without marks is indirect, with the clause after the cue as its content', () => {
  const quotes = quotesOf('Mr. Tillerson said Syria’s government had committed more than 50 attacks.', true);
  assert.deepEqual(quotes, [{ content: 'Syria’s government had committed more than 50 attacks', kind: 'indirect', speaker: 'Mr. Tillerson', name: 'Tillerson' }]);
});

test('a trailing attribution reports the clause before it, and a passive cue reports nothing', () => {
  const quotes = quotesOf('The talks will resume next month, a senior official said. He was asked whether they would.', true);
  assert.deepEqual(quotes.map((quote) => [quote.content, quote.speaker]), [['The talks will resume next month', 'a senior official']]);
});

test('single quotation marks are quotations in an article that uses no double ones', () => {
  const [quote] = quotesOf('‘We will not leave,’ Mr. Johnson told the BBC on Sunday.');
  assert.deepEqual([quote?.content, quote?.speaker], ['We will not leave,', 'Mr. Johnson']);
});

test('unbalanced marks become a message on the article, never an exception', () => {
  const article: Article = {
    id: 't', source: 't', url: null, outlet: null, title: null, authors: [], publishedAt: null,
    language: 'en', dateline: null, captions: [], credits: [], text: '“Never closed, he said.\n\nNext ” paragraph.', messages: [],
  };
  const result = findQuotes().run(article, {});
  assert.deepEqual(result.messages.map((message) => message.code), ['unbalanced-quotation-marks', 'unbalanced-quotation-marks']);
});

test('a two-megabyte article is annotated in a few seconds (one linear pass, no quadratic search)', () => {
  const paragraph = '“We have seen nothing,” Mr. Lavrov said. Officials said the talks would resume. “Never closed\n\n';
  const text = paragraph.repeat(Math.ceil(2_000_000 / paragraph.length));
  const article: Article = {
    id: 't', source: 't', url: null, outlet: null, title: null, authors: [], publishedAt: null,
    language: 'en', dateline: null, captions: [], credits: [], text, messages: [],
  };
  const started = performance.now();
  const result = findQuotes().run(article, {});
  // Measured about 5 s for 2 MB on the 2-core machine; 5 MB takes about 12 s.
  assert.ok(performance.now() - started < 20_000);
  assert.ok((result.quotes?.length ?? 0) > 20_000);
});

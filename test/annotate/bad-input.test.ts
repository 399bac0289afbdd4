import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/index.js';
import { annotateArticle } from '../../src/pipeline/default-pipeline.js';

function articleOf(text: string): Article {
  return {
    id: 'bad', source: 'bad.txt', url: null, outlet: null, title: null, authors: [],
    publishedAt: '2017-04-13', language: null, dateline: null, captions: [], credits: [], text, messages: [],
  };
}

/** Every span of every annotation lies inside the text: the invariant all later stages rely on. */
function assertSpansInside(article: Article): void {
  const length = article.text.length;
  const spans = [
    ...(article.sentences ?? []), ...(article.entities ?? []), ...(article.references ?? []),
    ...(article.dates ?? []), ...(article.numbers ?? []), ...(article.quotes ?? []),
    ...(article.quotes ?? []).map((quote) => quote.content),
  ];
  for (const span of spans) {
    assert.ok(span.start >= 0 && span.start <= span.end && span.end <= length, `span ${span.start}-${span.end} outside 0-${length}`);
  }
}

test('an empty article annotates to empty lists without an exception', () => {
  const article = annotateArticle(articleOf(''));
  assert.deepEqual(article.sentences, []);
  assert.deepEqual(article.dates, []);
  assert.deepEqual(article.numbers, []);
});

test('unbalanced quotation marks, text without punctuation and mixed scripts annotate without an exception', () => {
  const texts = [
    '“This quote never closes, he said on Wednesday.\n\nAnd the next paragraph “opens another',
    'no sentence punctuation at all just words and more words about 80 people and Moscow '.repeat(200),
    'Путин встретился с Тиллерсоном в Москве. 習近平は北京で会談した。 Trump said “مرحبا” on Friday.',
  ];
  for (const text of texts) assertSpansInside(annotateArticle(articleOf(text)));
});

test('a long article of half a megabyte annotates without an exception', () => {
  const paragraph = 'Mr. Lavrov said on Wednesday that “we understand each other better,” and more than 80 people died. ';
  const text = Array.from({ length: 5000 }, () => paragraph).join('\n\n');
  const article = annotateArticle(articleOf(text));
  assertSpansInside(article);
  assert.ok((article.sentences?.length ?? 0) >= 5000);
});

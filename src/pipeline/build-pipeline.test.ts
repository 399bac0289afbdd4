import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from './build-pipeline.js';
import { runPipeline } from './run-pipeline.js';
import type { Stage } from './stage.js';
import type { Article } from '../model/index.js';

const sentences: Stage = {
  name: 'splitSentences', version: '1', requires: ['text'], provides: ['sentences'],
  run: (article) => ({ ...article, sentences: [{ start: 0, end: article.text.length, paragraph: 0 }] }),
};
const quotes: Stage = {
  name: 'findQuotes', version: '2', requires: ['sentences'], provides: ['quotes'],
  run: (article) => ({ ...article, quotes: [] }),
};

const article: Article = {
  id: 'a', source: 'a.txt', url: null, outlet: null, title: null, authors: [], publishedAt: null,
  language: null, dateline: null, captions: [], credits: [], text: 'Hello.', messages: [],
};

test('a pipeline in order builds and records each stage version', () => {
  const pipeline = buildPipeline([sentences, quotes]);
  const result = runPipeline(pipeline, article);
  assert.deepEqual(result.provenance, { splitSentences: '1', findQuotes: '2' });
  assert.deepEqual(result.quotes, []);
});

test('a pipeline missing a provider refuses to build and names the stage to add', () => {
  assert.throws(() => buildPipeline([quotes], [sentences, quotes]), (error: Error) => {
    assert.match(error.message, /PX001/);
    assert.match(error.message, /"findQuotes" requires "sentences"/);
    assert.match(error.message, /add the stage "splitSentences"/);
    return true;
  });
});

test('a pipeline with two stages of one name refuses to build', () => {
  assert.throws(() => buildPipeline([sentences, sentences]), /PX002/);
});

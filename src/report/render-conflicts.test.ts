import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ComparedSource, Comparison } from '../model/index.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import { renderText } from './render-text.js';

const TEXTS = [
  'The Senate vote on the spending bill was led by Senator John Thune late on Tuesday night.',
  'The Senate vote on the spending bill was led by Senator Chuck Schumer late on Tuesday night.',
];
const source = (text: string, index: number): ComparedSource => ({
  articleId: `a${index}`, name: `Outlet ${index}`, outlet: null, title: null, publishedAt: '2017-04-13', dateInferred: false,
  dateline: null, byline: null, words: text.split(' ').length, source: `a${index}.txt`, text,
});
const span = (index: number, words: string): { articleId: string; span: { start: number; end: number } } => {
  const start = TEXTS[index]!.indexOf(words);
  return { articleId: `a${index}`, span: { start, end: start + words.length } };
};

/** A comparison holding one name conflict, as the aligner reports it. */
const comparison: Comparison = {
  version: 1,
  sources: TEXTS.map(source),
  relatedness: { meanSimilarity: 0.8, minPairSimilarity: 0.8, unrelatedPairShare: 0, unrelated: false },
  quotes: [],
  facts: [{
    type: 'fact',
    relation: 'conflict',
    mentions: [span(0, TEXTS[0]!), span(1, TEXTS[1]!)],
    conflict: 'John Thune vs Chuck Schumer',
    conflictKind: 'name',
    conflictMentions: [span(0, 'John Thune'), span(1, 'Chuck Schumer')],
    confidence: 0.62,
  }],
  numbers: [],
  entities: [],
  voices: [],
  timeline: [],
  summary: { sentences: [] },
  messages: [],
};

test('the terminal report names what a conflict is over and quotes the differing words of each side', () => {
  const text = renderText(comparison, { color: false, width: 200 });
  const section = text.slice(text.indexOf('Conflicts'), text.indexOf('Only [A]'));
  assert.match(section, /conflict over a name \(John Thune vs Chuck Schumer\), confidence 0\.62/);
  assert.match(section, /differs: \[A\] “John Thune” vs \[B\] “Chuck Schumer”/);
});

test('the Markdown report lists the conflict with both sides cited', () => {
  const markdown = renderMarkdown(comparison);
  assert.match(markdown, /## Conflicts\n\n- conflict over a name \(John Thune vs Chuck Schumer\)/);
  assert.match(markdown, /differs: \\\[A\\\] “John Thune” vs \\\[B\\\] “Chuck Schumer”/);
});

test('the HTML report highlights the differing names as a conflict and links to them', () => {
  const html = renderHtml(comparison);
  const anchor = `m-1-${TEXTS[1]!.indexOf('Chuck Schumer')}-${TEXTS[1]!.indexOf('Chuck Schumer') + 'Chuck Schumer'.length}`;
  assert.ok(html.includes(`id="${anchor}"`), 'the differing name has an anchor');
  assert.ok(html.includes(`href="#${anchor}"`), 'the conflict entry links to it');
  assert.match(html, /<span class="hl hl-conflict" data-alignments="0">Chuck Schumer<\/span>/);
});

test('the JSON comparison keeps the conflict kind and the differing spans as plain JSON', () => {
  const fact = JSON.parse(JSON.stringify(comparison)).facts[0];
  assert.equal(fact.conflictKind, 'name');
  assert.deepEqual(fact.conflictMentions.map((mention: { articleId: string }) => mention.articleId), ['a0', 'a1']);
});

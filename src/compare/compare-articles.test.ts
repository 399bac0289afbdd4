import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison, Mention } from '../model/index.js';
import { formatDiff } from '../align/quote-diff.js';
import { compareArticles } from './compare-articles.js';
import { loadArticles } from './load-articles.js';
import { textArticle } from './text-article.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';

const ROOT = join(import.meta.dirname, '..', '..');
interface Expected {
  quotes: Array<{ contains: string; relations: string[]; diff?: string }>;
  facts: Array<{ contains: string; outlets: number }>;
  conflicts: number;
}

const textOf = (comparison: Comparison, mention: Mention): string =>
  comparison.sources.find((source) => source.articleId === mention.articleId)!.text.slice(mention.span.start, mention.span.end);

test('comparing the seed articles finds the hand-annotated quotation relations, facts and no conflict', async () => {
  const expected = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'compare', 'seeds', 'expected.json'), 'utf8')) as Expected;
  const { articles, inferredDates } = await loadArticles([join(ROOT, 'examples', 'us-russia-talks')]);
  const comparison = compareArticles(articles, { inferredDates });
  const printed = comparison.quotes.filter((quote) => quote.relation !== 'single')
    .map((quote) => `${quote.relation}: ${quote.mentions.map((mention) => `“${textOf(comparison, mention)}”`).join(' | ')}`).join('\n');
  for (const want of expected.quotes) {
    const found = comparison.quotes.find((quote) => quote.relation !== 'single' && quote.mentions.some((mention) => textOf(comparison, mention).includes(want.contains)));
    assert.ok(found, `no aligned quotation containing “${want.contains}”; aligned:\n${printed}`);
    assert.ok(want.relations.includes(found.relation), `“${want.contains}” is ${found.relation}, expected ${want.relations.join('/')}`);
    if (want.diff) assert.equal(formatDiff(found.diff ?? []), want.diff);
  }
  for (const want of expected.facts) {
    const found = comparison.facts.find((fact) => fact.mentions.some((mention) => textOf(comparison, mention).includes(want.contains)));
    assert.ok(found, `no claim containing “${want.contains}”`);
    assert.equal(found.mentions.length, want.outlets, `“${want.contains}” carried by ${found.mentions.length} outlets, expected ${want.outlets}`);
  }
  assert.equal(comparison.facts.filter((fact) => fact.relation === 'conflict').length, expected.conflicts);
  assert.equal(comparison.sources[1]!.dateInferred, true, 'the undated Moscow article gets its date from the other');
});

test('articles about unrelated events are compared but flagged with their similarity', () => {
  const articles = [
    textArticle('a', 'The central bank raised interest rates by half a point on Tuesday, citing inflation. Markets fell sharply after the announcement. Bond yields rose to a ten-year high.'),
    textArticle('b', 'The home team won the championship final in overtime. Fans celebrated in the streets until dawn. The coach praised the goalkeeper for three crucial saves.'),
  ];
  const comparison = compareArticles(articles);
  assert.ok(comparison.relatedness.unrelated);
  assert.ok(comparison.messages.some((message) => message.code === 'unrelated-articles'));
  assert.equal(comparison.facts.filter((fact) => fact.relation !== 'single').length, 0);
});

test('articles without quotations give an empty quotation list, not an error', () => {
  const comparison = compareArticles([textArticle('a', 'Rates rose on Tuesday. Markets fell.'), textArticle('b', 'Rates rose on Tuesday, and markets fell.')]);
  assert.deepEqual(comparison.quotes, []);
});

test('the same claim with incompatible figures is a conflict, and the figures are named', () => {
  const articles = [
    'The United States launched 59 Tomahawk missiles at the Shayrat air base in Syria on Thursday night, officials said.',
    'The United States launched 60 Tomahawk missiles at the Shayrat air base in Syria on Thursday night, officials said.',
  ].map((text, index) => annotateArticle(textArticle(`a${index}`, text, { publishedAt: '2017-04-07' })));
  const conflicts = compareArticles(articles).facts.filter((fact) => fact.relation === 'conflict');
  assert.equal(conflicts.length, 1);
  assert.match(conflicts[0]!.conflict ?? '', /59.*60/);
});

test('a figure agrees with one figure of each other article, the closest one', () => {
  const articles = [
    'More than 80 people were killed in the chemical attack on April 4 in northern Syria, doctors said on Monday.',
    'The chemical attack on April 4 in northern Syria left more than 80 people dead and sickened hundreds, doctors said on Monday.',
  ].map((text, index) => annotateArticle(textArticle(`a${index}`, text, { publishedAt: '2017-04-13' })));
  const comparison = compareArticles(articles);
  const agreeing = comparison.numbers.filter((number) => number.relation === 'agree')
    .map((number) => number.mentions.map((mention) => textOf(comparison, mention).toLowerCase()).sort().join(' ~ '));
  assert.ok(agreeing.includes('more than 80 ~ more than 80'), agreeing.join('\n'));
  assert.ok(!agreeing.some((line) => line.includes('hundreds')), `“hundreds” agrees with something: ${agreeing.join('\n')}`);
});

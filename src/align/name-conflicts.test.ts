import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareArticles } from '../compare/compare-articles.js';
import { textArticle } from '../compare/text-article.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';

/** The conflicts a comparison of two one-sentence (or longer) articles finds, as "kind: note". */
function conflicts(first: string, second: string): string[] {
  const articles = [first, second].map((text, index) => annotateArticle(textArticle(`a${index}`, text, { publishedAt: '2017-04-13' })));
  return compareArticles(articles).facts.filter((fact) => fact.relation === 'conflict').map((fact) => `${fact.conflictKind}: ${fact.conflict}`);
}

test('one claim giving the same role to two different people is a name conflict, and both names are cited', () => {
  const articles = [
    'The Senate vote on the spending bill was led by Senator John Thune late on Tuesday night.',
    'The Senate vote on the spending bill was led by Senator Chuck Schumer late on Tuesday night.',
  ].map((text, index) => annotateArticle(textArticle(`a${index}`, text, { publishedAt: '2017-04-13' })));
  const comparison = compareArticles(articles);
  const conflict = comparison.facts.find((fact) => fact.relation === 'conflict');
  assert.equal(conflict?.conflictKind, 'name');
  assert.equal(conflict.conflict, 'John Thune vs Chuck Schumer');
  const cited = conflict.conflictMentions!.map((mention) => articles.find((article) => article.id === mention.articleId)!.text.slice(mention.span.start, mention.span.end));
  assert.deepEqual(cited, ['John Thune', 'Chuck Schumer']);
});

test('the same person named differently is no conflict', () => {
  assert.deepEqual(conflicts(
    'The Senate vote on the spending bill was led by Senator John Thune late on Tuesday night.',
    'The Senate vote on the spending bill was led by Sen. Thune late on Tuesday night.',
  ), []);
});

test('a name in a list is no conflict: outlets list different members', () => {
  assert.deepEqual(conflicts(
    'The bill was sponsored by Senator John Thune and Senator Roy Blunt, according to the clerk of the Senate.',
    'The bill was sponsored by Senator John Thune and Senator Chuck Grassley, according to the clerk of the Senate.',
  ), []);
});

test('a name the other article also gives is no conflict: it may play another part there', () => {
  assert.deepEqual(conflicts(
    'The Senate vote on the spending bill was led by Senator John Thune late on Tuesday night.',
    'The Senate vote on the spending bill was led by Senator Chuck Schumer late on Tuesday night. John Thune voted against it.',
  ), []);
});

test('a different country for the same event is a place conflict; a city and its country are not', () => {
  assert.deepEqual(conflicts(
    'The peace talks between the two delegations were held in Egypt last week, officials said.',
    'The peace talks between the two delegations were held in Jordan last week, officials said.',
  ), ['place: Egypt vs Jordan']);
  assert.deepEqual(conflicts(
    'The peace talks between the two delegations were held in Moscow last week, officials said.',
    'The peace talks between the two delegations were held in Russia last week, officials said.',
  ), []);
});

test('"almost two hours" and "nearly two hours", "more than 80" and "at least 80" do not conflict', () => {
  assert.deepEqual(conflicts(
    'Tillerson met Putin in the Kremlin for almost two hours on Wednesday, the ministry said.',
    'Tillerson met Putin in the Kremlin for nearly two hours on Wednesday, the ministry said.',
  ), []);
  assert.deepEqual(conflicts(
    'More than 80 people were killed in the nerve gas attack on the town, rescue workers said.',
    'At least 80 people were killed in the nerve gas attack on the town, rescue workers said.',
  ), []);
});

test('figures in different slots of one claim do not conflict', () => {
  assert.deepEqual(conflicts(
    'The new endangered species rules will take effect nine days before the inauguration of the president.',
    'The new endangered species rules will take effect in about 30 days, before the inauguration of the president.',
  ), []);
});

test('a rounded figure with a scale word agrees with the exact one', () => {
  assert.deepEqual(conflicts(
    'The House passed a $1.37 trillion spending package that includes money for the border wall on Tuesday.',
    'The House passed a $1.4 trillion spending package that includes money for the border wall on Tuesday.',
  ), []);
});

test('the same claim dated on two different days is a date conflict', () => {
  assert.deepEqual(conflicts(
    'The court convicted the former mayor of bribery on March 3, 2015, prosecutors said in a statement.',
    'The court convicted the former mayor of bribery on March 9, 2015, prosecutors said in a statement.',
  ), ['date: 2015-03-03 vs 2015-03-09']);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareArticles } from '../compare/compare-articles.js';
import { textArticle } from '../compare/text-article.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';

function speakerConflicts(first: string, second: string): string[] {
  const articles = [first, second].map((text, index) => annotateArticle(textArticle(`a${index}`, text, { publishedAt: '2009-01-01' })));
  return compareArticles(articles).facts.filter((fact) => fact.conflictKind === 'speaker').map((fact) => fact.conflict ?? '');
}

test('one quotation credited to two different named people is a speaker conflict', () => {
  assert.deepEqual(speakerConflicts(
    '"We are aware of the off-the-field issue involving Vincent," team general manager A.J. Smith said.',
    '"We are aware of the off-the-field issue involving Vincent," Chargers general manager A.J. Butler said.',
  ), ['said by A.J. Smith vs A.J. Butler']);
});

test('a misspelt surname is the same speaker', () => {
  assert.deepEqual(speakerConflicts(
    '"We will look at the final rule when it is published, but I think we will see them in court," said Andrew Welzler.',
    '"We will look at the final rule when it is published, but I think we will see them in court," said Andrew Wetzler.',
  ), []);
});

test('a quotation credited to a statement or a campaign is no speaker conflict', () => {
  assert.deepEqual(speakerConflicts(
    '"The First Amendment protects freedom of religion and the right to build," said Jim Manley.',
    '"The First Amendment protects freedom of religion and the right to build," reads a statement.',
  ), []);
});

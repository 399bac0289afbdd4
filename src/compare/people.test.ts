import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, EntityKind } from '../model/index.js';
import { storyEntities } from './people.js';
import { textArticle } from './text-article.js';

/** An article whose entities are the given names, found where they stand in the text. */
function withEntities(id: string, text: string, names: ReadonlyArray<[string, EntityKind, string?]>): Article {
  let from = 0;
  const entities = names.map(([name, kind, surface]) => {
    const printed = surface ?? name;
    const start = text.indexOf(printed, from);
    from = start + printed.length;
    return { start, end: start + printed.length, kind, name, key: name.toLowerCase() };
  });
  return { ...textArticle(id, text), entities };
}

test('a surname alone joins the one full name of the story, and takes its kind by vote', () => {
  const articles = [
    withEntities('a', 'Donald Trump met Barack Obama.', [['Donald Trump', 'person'], ['Barack Obama', 'person']]),
    withEntities('b', 'The Trump administration spoke. Trump said so. It ended the Obama administration.', [['Trump', 'other'], ['Trump', 'person'], ['Obama', 'place']]),
  ];
  const entities = storyEntities(articles);
  const trump = entities.find((entity) => entity.key === 'donald trump')!;
  assert.equal(trump.name, 'Donald Trump');
  assert.equal(trump.kind, 'person');
  assert.deepEqual(trump.articleIds, ['a', 'b']);
  assert.equal(trump.mentions.length, 3);
  const obama = entities.find((entity) => entity.key === 'barack obama')!;
  assert.deepEqual(obama.articleIds, ['a', 'b'], 'a surname before "administration" is the person');
  assert.equal(obama.kind, 'person');
});

test('a surname stays apart when two full names share it, or when nothing says it is a person', () => {
  const articles = [
    withEntities('a', 'George Bush and Jeb Bush spoke in Washington. Denzel Washington did not.', [['George Bush', 'person'], ['Jeb Bush', 'person'], ['Washington', 'place'], ['Denzel Washington', 'person']]),
    withEntities('b', 'Bush spoke in Washington on Monday.', [['Bush', 'person'], ['Washington', 'place']]),
  ];
  const keys = storyEntities(articles).map((entity) => `${entity.key}:${entity.kind}:${entity.articleIds.join('')}`).sort();
  assert.deepEqual(keys, ['bush:person:b', 'denzel washington:person:a', 'george bush:person:a', 'jeb bush:person:a', 'washington:place:ab']);
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../model/index.js';
import { findEntities } from './find-entities.js';
import { splitSentences } from './split-sentences.js';

function annotate(text: string): Article {
  const article = { text, messages: [] } as unknown as Article;
  return findEntities().run(splitSentences().run(article, {}), {});
}

function referenceNames(article: Article): Array<[string, string]> {
  return article.references!.map((reference) => [article.text.slice(reference.start, reference.end), reference.name]);
}

test('pronouns and descriptions resolve to the person they mean', () => {
  const text = [
    'President Donald Trump met Russian Foreign Minister Sergey Lavrov in Washington on Monday.',
    '“We had a good talk,” Mr. Trump said after meeting Mr. Lavrov. He did not say more.',
    'Mr. Lavrov said his country wanted better ties. The foreign minister left on Tuesday.',
    'The president later called the meeting productive.',
  ].join('\n\n');
  const article = annotate(text);
  assert.deepEqual(referenceNames(article), [
    ['He', 'Donald Trump'],
    ['his', 'Sergey Lavrov'],
    ['The foreign minister', 'Sergey Lavrov'],
    ['The president', 'Donald Trump'],
  ]);
});

test('a woman named with Ms. is not the referent of "he"', () => {
  const text = 'Ms. Nakamura met Mr. Okafor in Lagos. She said the talks went well.';
  const article = annotate(text);
  assert.deepEqual(referenceNames(article), [['She', 'Nakamura']]);
});

test('short mentions take the full name and titles stay attributes', () => {
  const text = 'Secretary of State Rex Tillerson arrived in Moscow. Mr. Tillerson’s visit was short.';
  const article = annotate(text);
  const people = article.entities!.filter((entity) => entity.kind === 'person');
  assert.deepEqual(people.map((entity) => [text.slice(entity.start, entity.end), entity.name, entity.key]), [
    ['Rex Tillerson', 'Rex Tillerson', 'rex tillerson'],
    ['Tillerson', 'Rex Tillerson', 'rex tillerson'],
  ]);
  assert.deepEqual(people[0]!.titles, ['Secretary of State']);
});

test('the seed articles name Trump, Tillerson, Lavrov, Putin, Hammond and Peskov as persons', () => {
  const folder = join(import.meta.dirname, '..', '..', 'examples', 'us-russia-talks');
  const names = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
    const article = annotate(readFileSync(join(folder, file), 'utf8'));
    for (const entity of article.entities!) if (entity.kind === 'person') names.add(entity.name);
  }
  for (const name of ['Donald Trump', 'Rex Tillerson', 'Sergey Lavrov', 'Vladimir Putin', 'R.C. Hammond', 'Dmitry S. Peskov']) {
    assert.ok(names.has(name), `expected the person "${name}" among ${[...names].join(', ')}`);
  }
});

test('a name keeps the kind most of its mentions have through an article', () => {
  // The Moscow seed names Trump ten times; the tagger alone calls the one in "the Trump
  // administration" another kind than the other nine.
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'us-russia-talks', '003_e0283830494e89d8.txt'), 'utf8');
  const trumps = annotate(text).entities!.filter((entity) => entity.name === 'Trump');
  assert.ok(trumps.length >= 9, `${trumps.length} mentions of Trump`);
  assert.deepEqual([...new Set(trumps.map((entity) => entity.kind))], ['person']);
});

test('empty text and text without names give empty lists', () => {
  assert.deepEqual(annotate('').entities, []);
  assert.deepEqual(annotate('no names here at all').references, []);
});

test('a capitalized function word opening a sentence is not a name', () => {
  const text = 'Beyond Syria, Russia’s alleged meddling in the election also hovered over the meeting.';
  const people = annotate(text).entities!.filter((entity) => entity.kind === 'person');
  assert.deepEqual(people, []);
});

test('a description with a place word picks the person of that place', () => {
  const text = [
    'President Donald Trump spoke after Russian President Vladimir Putin met Secretary of State Rex Tillerson.',
    'The Russian leader said little. The U.S. president was blunt, and the secretary of state stayed silent.',
  ].join('\n\n');
  const article = annotate(text);
  assert.deepEqual(referenceNames(article), [
    ['The Russian leader', 'Vladimir Putin'],
    ['The U.S. president', 'Donald Trump'],
    ['the secretary of state', 'Rex Tillerson'],
  ]);
});

test('a role set off before the name is a title and tells the gender', () => {
  const text = 'The ministry spokeswoman, Ngozi Okonjo, said talks would resume. Mr. Abebe disagreed, but she insisted.';
  const article = annotate(text);
  const okonjo = article.entities!.find((entity) => entity.name === 'Ngozi Okonjo');
  assert.deepEqual(okonjo?.titles, ['spokeswoman']);
  assert.deepEqual(referenceNames(article), [['she', 'Ngozi Okonjo']]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Article, FactAlignment } from '../model/index.js';
import { compareArticles } from './compare-articles.js';
import { compareFraming } from './framing.js';
import { loadedVerbClass } from './framing-attribution.js';
import { loadArticles } from './load-articles.js';
import { textArticle } from './text-article.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';
import { renderHtml } from '../report/render-html.js';

const annotated = (id: string, text: string): Article => annotateArticle(textArticle(id, text, { publishedAt: '2024-05-02' }));
const sentenceFact = (a: Article, b: Article): FactAlignment => ({
  type: 'fact', relation: 'paraphrase', confidence: 1,
  mentions: [{ articleId: a.id, span: { start: 0, end: a.text.length } }, { articleId: b.id, span: { start: 0, end: b.text.length } }],
});

test('a word swapped between two shared words of aligned claims is a wording pair, with both spans cited', () => {
  const a = annotated('a', 'Rebels fired rockets at the northern city on Monday, officials said.');
  const b = annotated('b', 'Insurgents fired rockets at the northern town on Monday, officials said.');
  const { wording } = compareFraming([a, b], [sentenceFact(a, b)]);
  const texts = wording.map((pair) => pair.texts.join(' / '));
  assert.ok(texts.includes('city / town'), texts.join('; '));
  for (const pair of wording) pair.mentions.forEach((mention, index) => assert.equal((mention.articleId === 'a' ? a : b).text.slice(mention.span.start, mention.span.end), pair.texts[index]));
});

test('identical aligned claims and unaligned sentences give no wording pair', () => {
  const a = annotated('a', 'The bridge collapsed on Monday after heavy rain.');
  const b = annotated('b', 'The bridge collapsed on Monday after heavy rain.');
  assert.deepEqual(compareFraming([a, b], [sentenceFact(a, b)]).wording, []);
  assert.deepEqual(compareFraming([a, b], []).wording, []);
});

test('reporting verbs are counted per outlet and speaker, and only non-neutral ones are flagged', () => {
  const a = annotated('a', 'Mayor John Smith claimed the bridge was safe. “We will rebuild it,” Smith said.');
  const b = annotated('b', 'Mayor John Smith said the bridge was safe. “We will rebuild it,” Smith said.');
  const rows = compareFraming([a, b], []).attribution;
  const verbs = rows.map((row) => `${row.articleId}:${row.verb}:${row.loaded ?? '-'}`).sort();
  assert.ok(verbs.includes('a:claim:doubt'), verbs.join(' '));
  assert.ok(!verbs.some((verb) => verb.startsWith('b:') && !verb.endsWith(':-')), verbs.join(' '));
  assert.equal(loadedVerbClass('say'), null);
  assert.equal(loadedVerbClass('admit'), 'concession');
});

test('an entity described alike by every outlet is not listed; an honorific one outlet adds is', () => {
  const a = annotated('a', 'Vladimir Putin met the envoy. Mr. Putin spoke for an hour.');
  const b = annotated('b', 'Vladimir Putin met the envoy. Putin spoke for an hour.');
  const same = compareFraming([a, annotated('c', 'Vladimir Putin met the envoy. Mr. Putin spoke for an hour.')], []).entities;
  assert.deepEqual(same, []);
  const entities = compareFraming([a, b], []).entities;
  const putin = entities.find((entity) => entity.name.includes('Putin'));
  assert.ok(putin, JSON.stringify(entities));
  const forms = putin.outlets.find((outlet) => outlet.articleId === 'a')!.forms;
  assert.equal(forms[0]!.kind, 'honorific');
  assert.equal(a.text.slice(forms[0]!.mentions[0]!.span.start, forms[0]!.mentions[0]!.span.end), 'Mr. Putin');
});

test('the seeds show the attack/assault wording and the loaded attribution verbs', async () => {
  const { articles, inferredDates } = await loadArticles([join(import.meta.dirname, '..', '..', 'examples', 'us-russia-talks')]);
  const comparison = compareArticles(articles, { inferredDates });
  const framing = comparison.framing!;
  const texts = framing.wording.map((pair) => pair.texts.join(' / ').toLowerCase());
  assert.ok(texts.some((text) => text.includes('attack') && text.includes('assault')), texts.join('; '));
  const loaded = framing.attribution.filter((row) => row.loaded).map((row) => `${row.speakerName}:${row.verb}`);
  assert.ok(loaded.includes('Sergey Lavrov:claim'), loaded.join(' '));
  assert.ok(loaded.includes('Donald Trump:declare'), loaded.join(' '));
  assert.ok(framing.entities.some((entity) => entity.name === 'Donald Trump'));
  const html = renderHtml(comparison);
  const section = html.slice(html.indexOf('<h2>Framing</h2>'), html.indexOf('</section>', html.indexOf('<h2>Framing</h2>')));
  const links = [...section.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!);
  assert.ok(links.length > 0);
  for (const id of links) assert.ok(html.includes(`id="${id}"`), `the Framing citation #${id} has no anchor`);
});

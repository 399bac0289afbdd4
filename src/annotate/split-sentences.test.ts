import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './split-sentences.js';
import type { Article } from '../model/index.js';

function sentencesOf(text: string): string[] {
  const article = splitSentences().run({ text } as Article, {});
  return article.sentences!.map((sentence) => text.slice(sentence.start, sentence.end));
}

test('titles, initials and middle initials do not end a sentence', () => {
  const text = 'Mr. Trump met Dr. Smith. R.C. Hammond spoke with Dmitry S. Peskov on Monday. They left.';
  assert.deepEqual(sentencesOf(text), [
    'Mr. Trump met Dr. Smith.',
    'R.C. Hammond spoke with Dmitry S. Peskov on Monday.',
    'They left.',
  ]);
});

test('a dotted abbreviation ends a sentence only before a word that opens one', () => {
  const text = 'U.S. officials met at 3 p.m. Monday in the U.S. The talks failed at 5 p.m. He left.';
  assert.deepEqual(sentencesOf(text), [
    'U.S. officials met at 3 p.m. Monday in the U.S.',
    'The talks failed at 5 p.m.',
    'He left.',
  ]);
});

test('a closing quotation mark after the period belongs to the sentence', () => {
  const text = '“We are not getting along,” he said. “It may be the opposite.” Then he left.';
  assert.deepEqual(sentencesOf(text), [
    '“We are not getting along,” he said.',
    '“It may be the opposite.”',
    'Then he left.',
  ]);
});

test('a question in quotation marks keeps its speaker', () => {
  const text = '“Are we going to get involved with Syria?” Mr. Trump asked. “No.” The answer was short.';
  assert.deepEqual(sentencesOf(text), [
    '“Are we going to get involved with Syria?” Mr. Trump asked.',
    '“No.”',
    'The answer was short.',
  ]);
});

test('an ellipsis before a lowercase word and a dash do not end a sentence', () => {
  const text = 'He paused… and went on — slowly. Then… Nothing.';
  assert.deepEqual(sentencesOf(text), ['He paused… and went on — slowly.', 'Then…', 'Nothing.']);
});

test('every line is a paragraph and no sentence crosses a line break', () => {
  const article = splitSentences().run({ text: 'First line without a period\n\nSecond one. Third.' } as Article, {});
  assert.deepEqual(article.sentences!.map((sentence) => sentence.paragraph), [0, 1, 1]);
});

test('empty text, text without punctuation and mixed scripts annotate without error', () => {
  assert.deepEqual(sentencesOf(''), []);
  assert.equal(sentencesOf('no punctuation at all here just words').length, 1);
  assert.equal(sentencesOf('Путин сказал. 习近平 说了。 Trump said.').length, 3);
});

test('tokens carry offsets into the text, lemmas and POS tags', () => {
  const text = 'The officials were meeting.';
  const article = splitSentences().run({ text } as Article, {});
  const tokens = article.tokens!;
  assert.deepEqual(tokens.map((token) => text.slice(token.start, token.end)), ['The', 'officials', 'were', 'meeting', '.']);
  assert.equal(tokens[1]!.lemma, 'official');
  assert.equal(tokens[2]!.lemma, 'be');
});

test('a large text annotates in linear time', () => {
  const paragraph = 'Mr. Trump said the U.S. would act. “It is over,” he said… and left. ';
  const text = paragraph.repeat(20000);
  const started = performance.now();
  const article = splitSentences().run({ text } as Article, {});
  assert.ok(article.sentences!.length >= 40000);
  // 1.4 MB on one line: generous bound, far below the 30 s budget for 5 MB.
  assert.ok(performance.now() - started < 20000);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanQuotations } from './scan-quotations.js';

function contents(text: string): string[] {
  return scanQuotations(text).stretches.map((stretch) => text.slice(stretch.content.start, stretch.content.end));
}

test('typographic and straight double marks both delimit quotations', () => {
  assert.deepEqual(contents('He said “yes,” and then "no."'), ['yes,', 'no.']);
});

test('apostrophes inside words are not quotation marks', () => {
  assert.deepEqual(contents('“We’re ready for Russia’s answer,” she said. It’s done.'), ['We’re ready for Russia’s answer,']);
});

test('a single-quoted stretch nested in a double one belongs to it', () => {
  assert.deepEqual(contents('He said, “ ‘It’s boring, ladies.’ We have seen this.”'), ['‘It’s boring, ladies.’ We have seen this.']);
});

test('two apostrophes close a quotation, and open one before a word', () => {
  assert.deepEqual(contents("“Nobody understands this.’’ Then ''it ends,'' he said."), ['Nobody understands this.', 'it ends,']);
});

test('a quotation reopened at the next paragraph continues over the break', () => {
  const { stretches } = scanQuotations('“First part.\n\n“Second part,” he said.');
  assert.equal(stretches.length, 1);
  assert.equal(stretches[0]!.paragraphs, 2);
  assert.equal(stretches[0]!.closed, true);
});

test('a quotation left open at its paragraph end is reported and ends there', () => {
  const text = '“Never closed here.\n\nA new paragraph.';
  const { stretches, unbalanced } = scanQuotations(text);
  assert.equal(text.slice(stretches[0]!.content.start, stretches[0]!.content.end), 'Never closed here.');
  assert.deepEqual(unbalanced.map((mark) => mark.kind), ['unclosed']);
});

test('a reversed closing mark still closes ("“expedited review“ of")', () => {
  assert.deepEqual(contents('an “expedited review“ of the pipes'), ['expedited review']);
});

test('a straight mark after an equals sign is markup, not a quotation', () => {
  assert.deepEqual(contents('<a href="http://x">link</a>'), []);
});

test('an article written with single marks only is read in the British style', () => {
  assert.deepEqual(contents('‘We will win,’ he said. The leader’s aides called it ‘a big day’.'), ['We will win,', 'a big day']);
});

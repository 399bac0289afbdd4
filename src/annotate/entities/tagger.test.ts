import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultTagger } from './tagger.js';
import { documentContext } from './document-context.js';
import { prepareSentence } from './prepare.js';
import { tagSentence } from './perceptron.js';

const SENTENCES = [
  'RUSSIA SAYS LAVROV TO MEET KERRY IN GENEVA'.split(' '),
  'Russian Foreign Minister Sergei Lavrov said on Monday that he would meet U.S. Secretary of State John Kerry .'.split(' '),
  'Lavrov told reporters in Moscow that the talks , first reported by Reuters , would cover Syria .'.split(' '),
  ['Lavrov'],
];

test('tagging with the summed weights kept with words gives the tags of adding every bucket', () => {
  const model = defaultTagger();
  assert.ok(model, 'the committed tagger loads');
  const context = documentContext(SENTENCES);
  // Twice: the second pass reads the sums the first one kept.
  for (let pass = 0; pass < 2; pass += 1) {
    const cached = new Map<string, string>();
    const full = new Map<string, string>();
    for (const words of SENTENCES) {
      const fromCache = tagSentence(model, prepareSentence(words, context, model.bits), cached);
      const fromBuckets = tagSentence(model, prepareSentence(words, context, model.bits, undefined, true), full);
      assert.deepEqual(fromCache, fromBuckets);
    }
  }
});

test('training reads the same features whether or not the neighbour buckets were prepared', () => {
  const model = defaultTagger()!;
  const context = documentContext(SENTENCES);
  for (const words of SENTENCES) {
    const seen: number[][][] = [[], []];
    [false, true].forEach((neighbourWords, index) => {
      const prepared = prepareSentence(words, context, model.bits, undefined, neighbourWords);
      tagSentence(model, prepared, new Map(), (_, features) => seen[index]!.push([...features].sort((a, b) => a - b)));
    });
    assert.deepEqual(seen[0], seen[1]);
  }
});

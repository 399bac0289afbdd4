import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchArticle, sameSpeaker, scoreCounts } from './quotes-score.js';
import { parseBratAttributions } from './quotes-brat.js';
import { goldSegments } from './quotes-gold.js';

const quote = (content: string, speakerMention = 'he', speakerName = 'Donald Trump') => ({ content, speakerMention, speakerName });

test('a prediction sharing half of the longer token multiset matches, one to one', () => {
  const gold = [{ content: 'we are not getting along with Russia at all', source: 'Mr. Trump' }];
  const { counts } = matchArticle(gold, [quote('Right now we are not getting along with Russia at all'), quote('at all')]);
  assert.deepEqual([counts.matched, counts.predicted, counts.gold], [1, 2, 1]);
  assert.deepEqual(scoreCounts(counts), { precision: 0.5, recall: 1, f1: 2 / 3, speakerAccuracy: 1 });
});

test('speakers match on a shared word other than determiners, prepositions and honorifics', () => {
  assert.equal(sameSpeaker('Mr. Trump', quote('x', 'he', 'Donald Trump')), true);
  assert.equal(sameSpeaker('he', quote('x', 'he', 'Donald Trump')), true);
  assert.equal(sameSpeaker('the Kremlin', quote('x', 'Mr. Putin', 'Vladimir Putin')), false);
  assert.equal(sameSpeaker('Mr. Putin', quote('x', 'Mr. Lavrov', 'Sergey Lavrov')), false);
});

test('gold segments are the double-quoted stretches inside a Content span, counted once', () => {
  const text = 'Mr. Lavrov said that “we understand” and “agree.” Outside “scare” quotes.';
  const ann = [
    'T1\tSource 0 10\tMr. Lavrov', 'T2\tCue 11 15\tsaid', 'T3\tContent 16 49\tthat “we understand” and “agree.”',
    'T4\tAttribution 11 15\tsaid', 'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tContent 21 36\t“we understand”', 'T6\tAttribution 11 15\tsaid', 'E2\tAttribution:T6 Content:T5',
  ].join('\n');
  const segments = goldSegments(text, parseBratAttributions(ann, text));
  assert.deepEqual(segments.map((segment) => [text.slice(segment.content.start, segment.content.end), segment.source]), [
    ['we understand', 'Mr. Lavrov'], ['agree.', 'Mr. Lavrov'],
  ]);
});

test('brat offsets in code points are converted to UTF-16 after an astral character', () => {
  const text = '😀 “hi” she said';
  const [attribution] = parseBratAttributions('T1\tContent 2 6\t“hi”\nT2\tAttribution 7 10\tshe\nE1\tAttribution:T2 Content:T1', text);
  assert.equal(text.slice(attribution!.content[0]!.start, attribution!.content[0]!.end), '“hi”');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speakersDiffer, speakerSurname } from './speaker-names.js';

test('one person named in full, with a title or by surname is one speaker', () => {
  assert.equal(speakerSurname('Mr. Trump'), 'trump');
  assert.ok(!speakersDiffer('Donald Trump', 'Trump'));
  assert.ok(!speakersDiffer('Sergey Lavrov', null));
  assert.ok(speakersDiffer('Rex Tillerson', 'Sergey Lavrov'));
});

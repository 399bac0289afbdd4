import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyPictureLine } from './picture-lines.js';

test('short agency and photographer lines are credits', () => {
  assert.deepEqual(classifyPictureLine('Photo: Jane Lens, AP'), { kind: 'credit', credit: 'Photo: Jane Lens, AP' });
  assert.deepEqual(classifyPictureLine('Jane Lens | Getty Images'), { kind: 'credit', credit: 'Jane Lens | Getty Images' });
});

test('a caption ending in a parenthesized credit is split into caption and credit', () => {
  assert.deepEqual(classifyPictureLine('A ferry leaves the south bank on Tuesday. (AP Photo/Jane Lens, File)'), {
    kind: 'caption',
    caption: 'A ferry leaves the south bank on Tuesday.',
    credit: 'AP Photo/Jane Lens, File',
  });
});

test('story sentences that name an agency are neither', () => {
  assert.equal(classifyPictureLine('Reuters reported on Monday that the talks had stalled over the question of tariffs.'), null);
  assert.equal(classifyPictureLine('Фото:'), null);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCreditLine, splitCaptionCredit } from './photo-credits.js';

test('credit lines of common shapes are recognized', () => {
  for (const line of [
    'JANE ROE/REUTERS',
    'OLGA MALTSEVA/AFP/GETTY IMAGES',
    'Doug Mills/The New York Times',
    'AP Photo/Pavel Golovkin',
    '(AP Photo/Pavel Golovkin, File)',
    'Getty Images',
    'Chip Somodevilla via Getty Images',
    'Photo: Kevin Lamarque/Reuters',
    'Image copyright Getty Images',
    'Credit…Doug Mills/The New York Times',
    'Reuters',
  ]) assert.equal(isCreditLine(line), true, line);
});

test('short sentences and headlines are not credits', () => {
  for (const line of [
    'The talks ended without agreement.',
    'Gap only grows amid US-Russia talks',
    'MOSCOW — The minister arrived.',
    'Trump and Putin meet',
    'Photos show the aftermath of the blast in the city centre, officials said on Monday.',
  ]) assert.equal(isCreditLine(line), false, line);
});

test('a credit glued to the end of a caption is split off', () => {
  assert.deepEqual(splitCaptionCredit('Ministers met in Oslo on Monday.JOHN DOE/EUROPEAN PRESS AGENCY'), {
    caption: 'Ministers met in Oslo on Monday.',
    credit: 'JOHN DOE/EUROPEAN PRESS AGENCY',
  });
  assert.deepEqual(splitCaptionCredit('Rescuers search the rubble in Aleppo. (AP Photo/Jane Roe)'), {
    caption: 'Rescuers search the rubble in Aleppo.',
    credit: 'AP Photo/Jane Roe',
  });
});

test('prose that ends in capitals keeps its last words', () => {
  assert.equal(splitCaptionCredit('He said he would meet the leaders of NATO. THE END'), null);
  assert.equal(splitCaptionCredit('The vote was delayed. Lawmakers from Ohio/Michigan objected.'), null);
});

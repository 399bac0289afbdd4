import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateline } from './find-dateline.js';

test('datelines of the common wire and newspaper styles are found as printed', () => {
  const cases: Array<[string, string]> = [
    ['MOSCOW — Secretary of State met', 'MOSCOW'],
    ['LONDON (AP) — The prime minister', 'LONDON (AP)'],
    ['WASHINGTON, D.C. — Lawmakers', 'WASHINGTON, D.C.'],
    ['PARIS, April 13 (Reuters) - France said', 'PARIS, April 13 (Reuters)'],
    ['SAN JUAN, Puerto Rico — The storm', 'SAN JUAN, Puerto Rico'],
    ['ISLAMABAD/KABUL (Reuters) - Pakistan', 'ISLAMABAD/KABUL (Reuters)'],
    ['NEW DELHI: The government on Monday', 'NEW DELHI'],
    ['Moscow (AFP) - Russia said', 'Moscow (AFP)'],
    ['UNITED NATIONS (AP) — The Security Council', 'UNITED NATIONS (AP)'],
    ['SÃO PAULO — Brazil’s central bank', 'SÃO PAULO'],
    ['BEIRUT -- Rebels said', 'BEIRUT'],
    ['  KYIV, Ukraine (AP) – Air raid sirens', 'KYIV, Ukraine (AP)'],
    ['Dekalb, Ill. — Mike Glass threw', 'Dekalb, Ill.'],
    ['Hong Kong (CNN Business) A muddled view of trade', 'Hong Kong (CNN Business)'],
    ['New Delhi, Nov 19 (PTI) The government said', 'New Delhi, Nov 19 (PTI)'],
  ];
  for (const [text, dateline] of cases) assert.equal(findDateline(text), dateline, text);
});

test('openings that are not datelines give null', () => {
  for (const text of [
    'Putin — who has ruled for two decades — said',
    'The talks — the first in years — ended',
    '“Right now we’re not getting along,” Trump said.',
    'NOTE: This story has been updated.',
    'I — for one — disagree.',
    'DEAR ABBY: My husband of 20 years',
    'Tillerson (left) Foreign Minister Lavrov and others',
    'Putin, Russia’s president — and others — said',
    'THE PRESIDENT OF THE UNITED STATES OF AMERICA TODAY — said',
    '',
  ]) assert.equal(findDateline(text), null, text);
});

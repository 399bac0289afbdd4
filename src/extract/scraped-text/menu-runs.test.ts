import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMenuRuns } from './menu-runs.js';

test('a flattened navigation menu is found as one run', () => {
  const lines = ['Home', 'World', 'U.S.', '', 'Politics', 'Economy', 'Business', 'Tech', 'Opinion', '', 'Talks stall as ministers leave Geneva early.'];
  assert.deepEqual(findMenuRuns(lines, new Set()), [0, 1, 2, 4, 5, 6, 7, 8]);
});

test('short lists, tables of numbers and sentences in scripts without spaces are not menus', () => {
  const list = ['Ingredients', 'Two eggs', 'Flour', 'Sugar', 'Butter', 'Then mix everything.'];
  const table = ['Pos', 'Driver', 'Points', '1', 'Kyle Busch', '5040', '2', 'Martin Truex Jr.', '5035'];
  const japanese = ['以下、その手順。', 'まずスタートメニューからプログラムを探し', '右クリック', '表示されるメニューからクリック', 'ショートカットタブを開き', '再起動して完了'];
  for (const lines of [list, table, japanese]) assert.deepEqual(findMenuRuns(lines, new Set()), []);
});

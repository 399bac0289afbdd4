import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputFiles } from './list-input-files.js';
import { readInputs } from './read-inputs.js';

test('files are listed in the order readInputs reads them, a folder reached twice (link, loop) walked once, hidden entries skipped', async () => {
  const root = mkdtempSync(join(tmpdir(), 'parallax-list-'));
  mkdirSync(join(root, 'b', 'inner'), { recursive: true });
  mkdirSync(join(root, 'elsewhere'));
  for (const file of ['a.txt', 'b/z.txt', 'b/inner/m.txt', 'c.txt', '.hidden.txt', 'elsewhere/e.txt']) writeFileSync(join(root, file), `text of ${file}`);
  symlinkSync(join(root, 'elsewhere'), join(root, 'd-link'));
  symlinkSync(root, join(root, 'b', 'loop'));
  const inputs = [root, join(root, 'missing.txt')];
  const listed: string[] = [];
  for await (const path of listInputFiles(inputs)) listed.push(path);
  const read: string[] = [];
  for await (const document of readInputs(inputs)) read.push(document.source);
  assert.deepEqual(listed, read);
  assert.deepEqual(listed.map((path) => path.slice(root.length + 1)),
    ['a.txt', 'b/inner/m.txt', 'b/z.txt', 'c.txt', 'd-link/e.txt', 'missing.txt']);
});

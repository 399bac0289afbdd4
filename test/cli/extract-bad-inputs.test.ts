import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractedArticle } from '../../src/model/index.js';
import { runCli } from './run-cli.js';

const SEED = join(import.meta.dirname, '..', '..', 'examples', 'us-russia-talks', '000_31e83bfda83a67f2.txt');

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Writes a 50 MB HTML page in 1 MB chunks, so the test itself stays small in memory. */
async function writeBigPage(path: string): Promise<void> {
  const handle = await open(path, 'w');
  const chunk = `<p>${'Words of a long page. '.repeat(47_000)}</p>\n`;
  await handle.write('<html><body>');
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) await handle.write(chunk);
  await handle.write('</body></html>');
  await handle.close();
}

test('bad inputs each get one line on stderr, the others are processed, and the exit code is 1', { timeout: 180_000 }, async (context) => {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-cli-'));
  context.after(() => rm(folder, { recursive: true, force: true }));
  const inputs = {
    empty: join(folder, 'empty.txt'),
    binary: join(folder, 'photo.jpg'),
    big: join(folder, 'big.html'),
    deep: join(folder, 'deep.html'),
    badUtf8: join(folder, 'latin.txt'),
    jsonl: join(folder, 'records.jsonl'),
    url: `http://127.0.0.1:${await closedPort()}/story`,
  };
  await writeFile(inputs.empty, '');
  await writeFile(inputs.binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
  await writeBigPage(inputs.big);
  await writeFile(inputs.deep, `<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`);
  await writeFile(inputs.badUtf8, Buffer.concat([Buffer.from('PARIS — Talks resumed on “Monday” with a broken byte '), Buffer.from([0xc3, 0x28]), Buffer.from(' in the middle of the sentence, officials said.')]));
  await writeFile(inputs.jsonl, '{"id":"one","text":"The first record."}\n{"id": oops\n{"id":"three","text":"The third record."}\n');

  const result = await runCli(['extract', ...Object.values(inputs), SEED, '--format', 'json']);

  assert.equal(result.code, 1);
  assert.doesNotMatch(result.stderr, /^\s+at /m, 'no stack trace');
  const lines = result.stderr.trimEnd().split('\n');
  for (const line of lines) assert.match(line, /^parallax: \S+: .+ \[[a-z0-9-]+\]$/);
  const lineAbout = (source: string): string | undefined => lines.find((line) => line.startsWith(`parallax: ${source}: `));
  assert.match(lineAbout(inputs.empty) ?? '', /empty/);
  assert.match(lineAbout(inputs.binary) ?? '', /JPEG image/);
  assert.match(lineAbout(inputs.big) ?? '', /is 50(\.\d)? MB, over the 20 MB input limit/);
  assert.ok(lineAbout(inputs.deep), 'the deep page is named');
  assert.match(lineAbout(inputs.badUtf8) ?? '', /warning: .*invalid UTF-8/);
  assert.match(lineAbout(`${inputs.jsonl}#2`) ?? '', /Line 2 is not valid JSON/);
  assert.match(lineAbout(inputs.url) ?? '', /cannot be fetched/);

  const records = JSON.parse(result.stdout) as ExtractedArticle[];
  assert.deepEqual(records.map((record) => record.source), [
    inputs.empty, inputs.binary, inputs.big, inputs.deep, inputs.badUtf8,
    `${inputs.jsonl}#1`, `${inputs.jsonl}#2`, `${inputs.jsonl}#3`, inputs.url, SEED,
  ]);
  const bySource = new Map(records.map((record) => [record.source, record]));
  for (const failed of [inputs.empty, inputs.binary, inputs.big, `${inputs.jsonl}#2`, inputs.url]) {
    assert.equal(bySource.get(failed)?.text, '', failed);
    assert.equal(bySource.get(failed)?.messages[0]?.severity, 'error', failed);
  }
  assert.match(bySource.get(inputs.badUtf8)?.text ?? '', /^PARIS — Talks resumed .*\uFFFD/);
  assert.equal(bySource.get(`${inputs.jsonl}#3`)?.id, 'three');
  assert.equal(new Set(records.map((record) => record.id)).size, records.length, 'every record has its own id');
  assert.equal(bySource.get(SEED)?.publishedAt, '2017-04-13');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './run-cli.js';

test('the overall help lists every command from its summary, and each listed command has its own help', async () => {
  const overall = await runCli(['--help']);
  assert.equal(overall.code, 0, overall.stderr);
  const names = [...overall.stdout.matchAll(/^ {2}([a-z]+) /gm)].map((match) => match[1]!).filter((name) => name !== 'help');
  assert.deepEqual(names, ['compare', 'extract', 'annotate', 'ingest', 'watch', 'stories', 'story', 'search', 'eval']);
  const helps = await Promise.all(names.map((name) => runCli(['help', name])));
  helps.forEach((help, index) => {
    assert.equal(help.code, 0, `${names[index]}: ${help.stderr}`);
    assert.match(help.stdout, new RegExp(`^Usage: parallax ${names[index]} `, 'm'), `parallax help ${names[index]}`);
  });
});

test('an unknown command is named, with the list of commands, and exits 2', async () => {
  const result = await runCli(['frobnicate']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /unknown command 'frobnicate'/);
  assert.match(result.stderr, /compare/);
});

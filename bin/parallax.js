#!/usr/bin/env node
// Runs the compiled CLI (built by `npm install` through the `prepare` script). In a checkout
// without a build, falls back to the TypeScript sources through tsx, so a fresh clone still works.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';

// V8 first runs a regular expression as bytecode and compiles it to machine code when it runs
// again, so each one is compiled twice. A short run uses most of its expressions (chrono-node's
// date grammar above all, ~0.1 s to compile) only a few times: compiling each straight to
// machine code saves 40–50 ms of the seeds' 0.75 s comparison and of a 10-article one, and
// costs 2–5 % on 150 articles (expressions built per article are then compiled though used
// once). A pure compilation setting: results are the same.
setFlagsFromString('--no-regexp-tier-up');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist', 'cli', 'main.js');
if (existsSync(compiled) && !process.env.PARALLAX_FROM_SOURCE) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(join(root, 'src', 'cli', 'main.ts')).href);
}

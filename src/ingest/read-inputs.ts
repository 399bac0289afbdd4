import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';

/**
 * First version: files and folders of plain text or HTML. Owned by the readers work, which adds
 * the header block, JSON/JSONL, .gz, standard input, URLs and charset detection.
 * Yields documents in input order (folder entries sorted by name); a failing input still yields
 * a document with an error message and an empty body.
 */
export async function* readInputs(inputs: readonly string[]): AsyncGenerator<RawDocument> {
  for (const input of inputs) yield* readPath(input);
}

async function* readPath(path: string): AsyncGenerator<RawDocument> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield failed(path, 'input-unreadable', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const name of names) yield* readPath(join(path, name));
    return;
  }
  const body = await readFile(path, 'utf8');
  const format = /\.x?html?$/i.test(path) || /^\s*<(!doctype|html)/i.test(body) ? 'html' : 'text';
  yield { source: path, format, body, hints: {}, messages: [] };
}

function failed(source: string, code: string, text: string): RawDocument {
  return { source, format: 'text', body: '', hints: {}, messages: [makeMessage(code, text, { source })] };
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { arcReader, warcReader } from '../ingest/warc-reader.js';
import type { RawDocument } from '../model/index.js';
import { ParallaxError } from '../model/index.js';
import type { EvalOptions, EvalReport, EvalTask } from './eval-task.js';

/**
 * `parallax eval warc --data …/warc/warcio`: every file of warcio's test data read record by
 * record; the pages found, the files reported with a message (naming the file and the record),
 * and crashes (an exception out of a reader), which must be none.
 */
export const warcEval: EvalTask = {
  name: 'warc',
  description: 'WARC and ARC reading on warcio\'s test files: pages read, damaged files reported, no crash',
  run: async (options: EvalOptions): Promise<EvalReport> => runWarcEval(options),
};

async function runWarcEval(options: EvalOptions): Promise<EvalReport> {
  if (!existsSync(options.data)) throw new ParallaxError('PX030', `No folder ${options.data}; pass warc/warcio with --data.`);
  const files = readdirSync(options.data).filter((name) => /\.(w?arc)(\.gz)?(\.bad)?$/i.test(name)).sort();
  const lines: string[] = [`warc: ${files.length} files of ${options.data}`];
  let pages = 0;
  let crashes = 0;
  let filesReported = 0;
  for (const name of files) {
    const reader = /\.arc(\.gz)?$/i.test(name) ? arcReader : warcReader;
    try {
      const documents: RawDocument[] = [];
      for await (const document of reader.read(readFileSync(join(options.data, name)), name, { contentType: null, url: null, capturedAt: null })) documents.push(document);
      const found = documents.filter((document) => document.body.length > 0).length;
      const problems = documents.flatMap((document) => document.messages).filter((message) => message.severity !== 'info');
      pages += found;
      if (problems.length > 0) filesReported += 1;
      lines.push(`  ${name.padEnd(38)} ${String(found).padStart(2)} pages  ${problems.map((message) => `${message.code} (${message.source ?? name})`).join('; ')}`);
    } catch (error) {
      crashes += 1;
      lines.push(`  ${name.padEnd(38)} CRASHED: ${String(error)}`);
    }
  }
  lines.push(`pages read ${pages}; files reported with a message ${filesReported}; crashes ${crashes}`);
  return {
    task: 'warc',
    metrics: { files: files.length, pages, filesReported, crashes, crashFreeShare: files.length === 0 ? 0 : 1 - crashes / files.length },
    lines,
  };
}

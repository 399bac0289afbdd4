import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { feedReader } from '../ingest/feed-reader.js';
import { decodeFeedBytes, parseFeedText } from '../ingest/feed-parse.js';
import type { FeedRecord } from '../ingest/feed-record.js';
import { ParallaxError, type RawDocument } from '../model/index.js';
import type { EvalOptions, EvalReport, EvalTask } from './eval-task.js';
import { checkAssertion, type Verdict } from './feeds-check.js';
import { findExpectation, parseExpectation } from './feeds-expect.js';

const CONFORMANCE_FOLDERS = ['wellformed/rss', 'wellformed/rdf', 'wellformed/atom', 'wellformed/atom10'];
const ROBUSTNESS_FOLDERS = ['illformed', 'encoding'];
/** What an unreadable file counts as: every assertion on a kept field fails. */
const NOTHING_READ: FeedRecord = { format: 'rss', title: null, link: null, entries: [] };
/** Failing assertions the report lists, to show where to look next. */
const FAILURES_SHOWN = 60;

/** `parallax eval feeds --data …/feeds/feedparser`: feedparser's own expectations on the fields Parallax keeps. */
export const feedsEval: EvalTask = {
  name: 'feeds',
  description: 'RSS/RDF/Atom reading: share of feedparser test assertions on kept fields that pass; ill-formed and encoding files never crash',
  run: async (options: EvalOptions): Promise<EvalReport> => runFeedsEval(options),
};

function runFeedsEval(options: EvalOptions): EvalReport {
  if (!existsSync(join(options.data, 'wellformed'))) {
    throw new ParallaxError('PX030', `No wellformed/ folder in ${options.data}; pass feeds/feedparser with --data.`);
  }
  const counts: Record<Verdict, number> = { pass: 0, fail: 0, 'not-applicable': 0 };
  const failures: string[] = [];
  let unsupported = 0;
  const files = CONFORMANCE_FOLDERS.flatMap((folder) => listFiles(join(options.data, folder)));
  for (const file of options.limit === undefined ? files : files.slice(0, options.limit)) {
    const bytes = readFileSync(file);
    const expectation = findExpectation(bytes.toString('latin1'));
    if (expectation === null) continue;
    const parsed = parseFeedText(decodeFeedBytes(bytes, null).text, file);
    for (const conjunct of parseExpectation(expectation)) {
      if ('bozo' in conjunct) continue;
      if ('unsupported' in conjunct) {
        unsupported += 1;
        continue;
      }
      const verdict: Verdict = 'record' in parsed
        ? checkAssertion(parsed.record, conjunct.assertion)
        : checkAssertion(NOTHING_READ, conjunct.assertion) === 'not-applicable' ? 'not-applicable' : 'fail';
      counts[verdict] += 1;
      if (verdict === 'fail') failures.push(`  ${relative(options.data, file)}: ${conjunct.assertion.text}`);
    }
  }
  const robustness = readEveryFile(options.data);
  const applicable = counts.pass + counts.fail;
  const passShare = applicable === 0 ? 0 : counts.pass / applicable;
  return {
    task: 'feeds',
    metrics: {
      passShare, applicable, passed: counts.pass, notApplicable: counts['not-applicable'], unsupported,
      robustnessFiles: robustness.files, crashes: robustness.crashes, crashFreeShare: robustness.files === 0 ? 0 : 1 - robustness.crashes / robustness.files,
    },
    lines: [
      `feeds: ${files.length} files of ${CONFORMANCE_FOLDERS.join(', ')}`,
      `assertions on kept fields: ${counts.pass} of ${applicable} pass (${(passShare * 100).toFixed(1)}%); ${counts['not-applicable']} on fields Parallax does not keep, ${unsupported} in unsupported forms`,
      `illformed/ and encoding/: ${robustness.files} files, ${robustness.read} read, ${robustness.rejected} rejected with a message, ${robustness.crashes} crashed`,
      ...(failures.length > 0 ? ['', 'failing assertions:', ...failures.slice(0, FAILURES_SHOWN)] : []),
      ...robustness.crashLines,
    ],
  };
}

/** Reads every file of the robustness folders through the feed reader: read or rejected, never a crash. */
function readEveryFile(dataDir: string): { files: number; read: number; rejected: number; crashes: number; crashLines: string[] } {
  const result = { files: 0, read: 0, rejected: 0, crashes: 0, crashLines: [] as string[] };
  for (const file of ROBUSTNESS_FOLDERS.flatMap((folder) => listFiles(join(dataDir, folder)))) {
    result.files += 1;
    try {
      const documents = [...(feedReader.read(readFileSync(file), file, { contentType: null, url: null, capturedAt: null }) as Iterable<RawDocument>)];
      const failed = documents.length === 1 && documents[0]?.messages.some((message) => message.code === 'feed-unreadable') === true;
      if (failed) result.rejected += 1;
      else result.read += 1;
    } catch (error) {
      result.crashes += 1;
      result.crashLines.push(`  crashed: ${relative(dataDir, file)}: ${String(error)}`);
    }
  }
  return result;
}

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

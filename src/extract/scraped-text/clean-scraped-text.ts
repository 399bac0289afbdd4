import type { DocumentHints, Message } from '../../model/index.js';
import { readTextHeader } from '../../ingest/text-header.js';
import { normalizeLine } from '../../text/normalize.js';
import { isChromeLine, stripLeadingChrome } from './chrome-lines.js';
import { isHeadline } from './headline.js';
import { readByline } from './bylines.js';
import { findCaptions } from './captions.js';
import { isContributorLine } from './contributor-lines.js';
import { readDateLine } from './date-lines.js';
import { findMenuRuns } from './menu-runs.js';

/** What cleanup of a scraped plain text recognized and moved out of the body. */
export interface ScrapedTextResult {
  text: string;
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  captions: string[];
  credits: string[];
  messages: Message[];
}

/** Headline and byline sit among the first few lines; later a short line is a subheading. */
const MAX_BYLINE_LINE = 6;
/** Contributor notes and closing chrome are the last few lines; earlier is the story. */
const MAX_TRAILING_LINES = 6;

/**
 * Scraped text → article body and what was moved out of it: site chrome (dropped), the headline
 * (→ title), a byline (→ authors), photo captions (→ captions), photo credits and trailing
 * contributor lines (→ credits), and the compact `date YYYY-MM-DD` prefix (→ publishedAt).
 * Datelines stay in the body. `hints` are what the reader knows (a known title is recognized).
 */
export function cleanScrapedText(text: string, hints: DocumentHints = {}): ScrapedTextResult {
  const header = readTextHeader(text.replace(/\r\n?/g, '\n'));
  const lines = header.body.split('\n');
  const removed = new Set<number>();
  const result: ScrapedTextResult = {
    text: '', title: null, authors: [], publishedAt: header.hints.publishedAt ?? null, captions: [], credits: [], messages: [],
  };
  removeChrome(lines, removed);
  findMenuRuns(lines, removed).forEach((index) => removed.add(index));
  takeHeadlineAndByline(lines, removed, hints, result);
  takeDateLines(lines, removed, result);
  for (const finding of findCaptions(lines, removed)) {
    finding.lines.forEach((index) => removed.add(index));
    if (finding.caption !== null) pushUnique(result.captions, normalizeLine(finding.caption));
    if (finding.credit !== null) pushUnique(result.credits, normalizeLine(finding.credit));
  }
  takeTrailingContributors(lines, removed, result);
  result.text = lines.filter((_, index) => !removed.has(index)).join('\n').trim();
  return result;
}

function removeChrome(lines: string[], removed: Set<number>): void {
  let first = true;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (first) {
      lines[index] = stripLeadingChrome(line);
      first = lines[index]?.trim() === '';
    }
    if (isChromeLine(lines[index] ?? '') || lines[index]?.trim() === '') removed.add(index);
  }
}

function takeHeadlineAndByline(lines: string[], removed: Set<number>, hints: DocumentHints, result: ScrapedTextResult): void {
  const open = lines.flatMap((line, index) => (line.trim() !== '' && !removed.has(index) ? [index] : []));
  const first = open[0];
  if (first !== undefined && isHeadline(lines[first] ?? '', hints.title, open.length > 1)) {
    result.title = normalizeLine(lines[first] ?? '');
    removed.add(first);
  }
  for (const index of open.slice(0, MAX_BYLINE_LINE)) {
    if (removed.has(index)) continue;
    const authors = readByline(lines[index] ?? '');
    if (authors) {
      result.authors = authors;
      removed.add(index);
      return;
    }
  }
}

/**
 * Timestamp lines among the first and last few lines: out of the body; the first one at the top
 * that is not an update gives the publication date when nothing else did.
 */
function takeDateLines(lines: readonly string[], removed: Set<number>, result: ScrapedTextResult): void {
  const open = lines.flatMap((line, index) => (line.trim() !== '' && !removed.has(index) ? [index] : []));
  const top = new Set(open.slice(0, MAX_BYLINE_LINE));
  const edges = new Set([...top, ...open.slice(-MAX_TRAILING_LINES)]);
  for (const index of [...edges].sort((a, b) => a - b)) {
    const dateLine = readDateLine(lines[index] ?? '');
    if (!dateLine) continue;
    removed.add(index);
    // A date under the article is a print or correction date as often as the publication date.
    if (!dateLine.isUpdate && top.has(index)) result.publishedAt ??= dateLine.date;
  }
}

/** From the end: contributor lines go to credits, chrome is already gone; the first other line stops. */
function takeTrailingContributors(lines: readonly string[], removed: Set<number>, result: ScrapedTextResult): void {
  const open = lines.flatMap((line, index) => (line.trim() !== '' && !removed.has(index) ? [index] : []));
  const trailing: string[] = [];
  for (const index of open.reverse().slice(0, MAX_TRAILING_LINES)) {
    if (!isContributorLine(lines[index] ?? '')) break;
    removed.add(index);
    trailing.unshift(normalizeLine(lines[index] ?? ''));
  }
  trailing.forEach((line) => pushUnique(result.credits, line));
}

function pushUnique(list: string[], value: string): void {
  if (value !== '' && !list.includes(value)) list.push(value);
}

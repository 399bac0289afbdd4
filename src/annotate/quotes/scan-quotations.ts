import type { Span } from '../../model/index.js';
import { doubleMarkAt, singleMarkAt, usesSingleMarks, type DoubleMark } from './quote-mark.js';

/**
 * A stretch of text between double quotation marks. `span` covers the marks; `content` the words
 * inside them (trimmed). `closed` is false when no closing mark was found before the paragraph
 * ended; `paragraphs` > 1 when the quotation was continued by reopening the next paragraph.
 */
export interface QuotedStretch {
  span: Span;
  content: Span;
  closed: boolean;
  paragraphs: number;
}

export interface UnbalancedMark {
  span: Span;
  kind: 'unclosed' | 'stray-closing';
}

export interface ScanResult {
  stretches: QuotedStretch[];
  unbalanced: UnbalancedMark[];
}

type MarkReader = (text: string, index: number, isOpen: boolean) => DoubleMark | null;

interface OpenQuotation {
  markStart: number;
  contentStart: number;
  paragraphs: number;
}

/**
 * One linear pass over the text pairing double marks. A quotation left open at a line end
 * continues when the next paragraph opens again (the newspaper convention); otherwise it is
 * unclosed and ends with its paragraph. Single marks nested inside belong to the double
 * quotation; apostrophes (we’re, Russia’s) are never marks, and `’’` or `''` closes. An
 * article with single marks and no double ones is read in the British style, single marks first.
 */
export function scanQuotations(text: string): ScanResult {
  const result: ScanResult = { stretches: [], unbalanced: [] };
  const markAt: MarkReader = usesSingleMarks(text) ? singleMarkAt : doubleMarkAt;
  let open: OpenQuotation | null = null;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '\n') {
      if (open) [open, index] = crossLineEnd(text, index, open, result, markAt);
      continue;
    }
    const mark = markAt(text, index, open !== null);
    if (mark) {
      if (mark.role === 'open') {
        if (open) closeQuotation(text, open, index, index, false, result);
        open = { markStart: index, contentStart: index + mark.length, paragraphs: 1 };
      } else if (open) {
        closeQuotation(text, open, index, index + mark.length, true, result);
        open = null;
      } else {
        result.unbalanced.push({ span: { start: index, end: index + mark.length }, kind: 'stray-closing' });
      }
      index += mark.length - 1;
      continue;
    }
  }
  if (open) closeQuotation(text, open, text.length, text.length, false, result);
  return result;
}

/**
 * At a line end inside a quotation: continue into a paragraph that reopens (resuming after its
 * opening mark), else end the quotation unclosed. Returns the quotation and where to resume.
 */
function crossLineEnd(text: string, newline: number, open: OpenQuotation, result: ScanResult, markAt: MarkReader): [OpenQuotation | null, number] {
  let next = newline;
  while (next < text.length && /\s/.test(text[next] ?? '')) next++;
  const mark = markAt(text, next, false);
  if (next < text.length && mark?.role === 'open') {
    open.paragraphs++;
    return [open, next + mark.length - 1];
  }
  closeQuotation(text, open, newline, newline, false, result);
  return [null, newline];
}

function closeQuotation(text: string, open: OpenQuotation, contentEnd: number, markEnd: number, closed: boolean, result: ScanResult): void {
  const content = trimSpan(text, open.contentStart, contentEnd);
  const end = closed ? markEnd : content.end;
  result.stretches.push({ span: { start: open.markStart, end }, content, closed, paragraphs: open.paragraphs });
  if (!closed) result.unbalanced.push({ span: { start: open.markStart, end }, kind: 'unclosed' });
}

function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  return { start: from, end: to };
}

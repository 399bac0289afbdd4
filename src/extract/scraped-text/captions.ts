import { isCreditLine, splitCaptionCredit } from './photo-credits.js';

/** Captions describe one picture in a sentence or two: a few words, at most a couple of hundred characters. */
const MAX_CAPTION_CHARS = 400;
const MIN_CAPTION_WORDS = 3;
/** Above a lone credit line, only a short line is taken as its caption: a paragraph of prose is not. */
const MAX_CAPTION_ABOVE_CHARS = 250;
/** Labels some sites print before a caption or a credit ("Image caption, …", "Caption: …"). */
const CAPTION_LABEL = /^(?:image caption|photo caption|caption)\s*[,:]?\s+/iu;

/** Labels before a credit's names ("Photo: ", "Image copyright ", "Photograph by "); "AP Photo/…" keeps its agency. */
const CREDIT_LABEL = /^(?:photo credit|photo(?:graph)?s?|pictures?|image(?: source| copyright)?|credit)(?:\s*(?:by|:|,)\s*|\s*(?:\.{3}|…)\s*|\s+)/iu;

export interface CaptionFinding {
  /** Indexes of the lines that belong to the caption and its credit (removed from the body). */
  lines: number[];
  caption: string | null;
  credit: string | null;
}

/**
 * Captions and credits among the lines of a scraped text. A caption is recognized by its
 * credit: glued to its end, on the next line, or printed twice — once alone and once with the
 * credit glued on (a common scrape of a figure and its figcaption). Labelled captions count too.
 * A credit line alone is a credit; the line right above it (no blank line between) is its caption.
 */
export function findCaptions(lines: readonly string[], skip: ReadonlySet<number>): CaptionFinding[] {
  const findings: CaptionFinding[] = [];
  const taken = new Set<number>(skip);
  const take = (finding: CaptionFinding): void => {
    finding.lines.forEach((index) => taken.add(index));
    findings.push(finding);
  };
  for (let index = 0; index < lines.length; index += 1) {
    if (taken.has(index)) continue;
    const line = (lines[index] ?? '').trim();
    if (line === '' || line.length > MAX_CAPTION_CHARS) continue;
    // The repeat may follow on the next line, or after one blank line (then only with its credit).
    const adjacent = (lines[index + 1] ?? '').trim() !== '';
    const nextIndex = adjacent ? index + 1 : index + 2;
    const next = (lines[nextIndex] ?? '').trim();
    const repeated = looksLikeCaption(line) && !taken.has(nextIndex) && next.startsWith(line);
    const creditTail = repeated ? next.slice(line.length) : '';
    if (CAPTION_LABEL.test(line)) {
      take({ lines: [index], caption: line.replace(CAPTION_LABEL, ''), credit: null });
    } else if (repeated && ((next === line && adjacent) || (next !== line && isCreditLine(creditTail)))) {
      take({ lines: [index, nextIndex], caption: line, credit: next === line ? null : cleanCredit(creditTail) });
    } else if (isCreditLine(line)) {
      const above = index - 1;
      const caption = (lines[above] ?? '').trim();
      const hasCaption = above >= 0 && !taken.has(above) && looksLikeCaption(caption) && caption.length <= MAX_CAPTION_ABOVE_CHARS;
      take({ lines: hasCaption ? [above, index] : [index], caption: hasCaption ? caption : null, credit: cleanCredit(line) });
    } else {
      const split = splitCaptionCredit(line);
      if (split) take({ lines: [index], caption: split.caption, credit: split.credit });
    }
  }
  return findings;
}

function looksLikeCaption(line: string): boolean {
  return /\p{L}/u.test(line) && line.split(/\s+/u).length >= MIN_CAPTION_WORDS && !isCreditLine(line);
}

function cleanCredit(text: string): string {
  return text.trim().replace(/^[|–—-]\s*/u, '').replace(/^\((.*)\)$/u, '$1').replace(CREDIT_LABEL, '').trim();
}

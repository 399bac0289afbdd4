import type { Span } from '../model/index.js';
import { doubleMarkAt } from '../annotate/quotes/quote-mark.js';
import type { BratAttribution } from './quotes-brat.js';

/** A gold quoted segment: the text between a pair of double marks inside an attribution's content. */
export interface GoldSegment {
  content: Span;
  /** The Source text of the innermost attribution that has one; null when none has a Source. */
  source: string | null;
}


/**
 * The README's gold: inside each attribution's Content span, every stretch between an opening
 * double mark and its closing one; single quotes nested inside belong to it, so they are not
 * paired here. Whether a mark opens or closes is read from the characters around it, as the
 * annotator reads it (`“expedited review“` closes; `''` opens before a word), through the same
 * mark reader the stage uses; pairing is this file's own. An opening mark while one is open
 * continues the quotation over a paragraph break; a stretch never closed inside the content is
 * left out. A segment found in several
 * attributions counts once, spoken by the innermost one (the smallest content) with a Source.
 */
export function goldSegments(text: string, attributions: readonly BratAttribution[]): GoldSegment[] {
  const bySpan = new Map<string, { segment: GoldSegment; contentLength: number }>();
  for (const attribution of attributions) {
    const contentLength = attribution.content.reduce((sum, span) => sum + span.end - span.start, 0);
    const source = attribution.source ? joinSpans(text, attribution.source) : null;
    for (const content of pairMarks(text, attribution.content)) {
      const key = `${content.start}:${content.end}`;
      const known = bySpan.get(key);
      const better = !known || (source !== null && (known.segment.source === null || contentLength < known.contentLength));
      if (better) bySpan.set(key, { segment: { content, source }, contentLength });
    }
  }
  return [...bySpan.values()].map((entry) => entry.segment).sort((a, b) => a.content.start - b.content.start);
}

/**
 * Every attribution as a whole, for the indirect-speech score: the Content text (discontinuous
 * pieces joined by a space) with its Source; one entry per distinct Content span.
 */
export function goldAttributions(text: string, attributions: readonly BratAttribution[]): { content: string; source: string | null }[] {
  const byContent = new Map<string, { content: string; source: string | null }>();
  for (const attribution of attributions) {
    const key = attribution.content.map((span) => `${span.start}:${span.end}`).join(';');
    const source = attribution.source ? joinSpans(text, attribution.source) : null;
    if (!byContent.has(key) || (source !== null && byContent.get(key)!.source === null)) {
      byContent.set(key, { content: joinSpans(text, attribution.content), source });
    }
  }
  return [...byContent.values()];
}

/** Pairs opening and closing double marks met inside `pieces` (a discontinuous span). */
function pairMarks(text: string, pieces: readonly Span[]): Span[] {
  const stretches: Span[] = [];
  let openEnd: number | null = null;
  for (const piece of pieces) {
    for (let index = piece.start; index < piece.end; index++) {
      const mark = doubleMarkAt(text, index, openEnd !== null);
      if (mark === null) continue;
      const startsLine = index === 0 || text[index - 1] === '\n';
      if (mark.role === 'open' && openEnd === null) openEnd = index + mark.length;
      else if (mark.role === 'close' && openEnd !== null && !startsLine) {
        stretches.push({ start: openEnd, end: index });
        openEnd = null;
      }
      index += mark.length - 1;
    }
  }
  return stretches;
}

function joinSpans(text: string, spans: readonly Span[]): string {
  return spans.map((span) => text.slice(span.start, span.end)).join(' ');
}

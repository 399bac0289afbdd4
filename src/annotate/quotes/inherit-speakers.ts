import type { Attribution } from './find-attribution.js';
import type { QuotedStretch } from './scan-quotations.js';

/** A quotation on its way to becoming a Quote. `speakerFrom` points at the quotation it shares a speaker with. */
export interface QuoteCandidate {
  stretch: QuotedStretch;
  sentence: number;
  paragraph: number;
  startsParagraph: boolean;
  attribution: Attribution;
  speakerFrom: number | null;
}

/**
 * Quotations without a speaker in their own sentence take the speaker of a neighbor, the way
 * news writes runs of speech: a fragment after another in the same sentence ("“certainly
 * possible” though “probably unlikely”"); a full quotation before an attributed one with nothing
 * between them; a full quotation after an attributed one in the same paragraph ("…,” she said.
 * “Nobody understands…”); and a paragraph that is nothing but a quotation, right after a
 * paragraph whose last quotation has a speaker (speech continued over paragraphs).
 */
export function inheritSpeakers(text: string, candidates: QuoteCandidate[]): void {
  const hasSpeaker = (index: number): boolean => {
    const candidate = candidates[index];
    return candidate !== undefined && (candidate.attribution.speaker !== undefined || candidate.speakerFrom !== null);
  };
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    if (candidate.attribution.speaker) continue;
    const previous = candidates[index - 1];
    const next = candidates[index + 1];
    if (previous && hasSpeaker(index - 1) && previous.sentence === candidate.sentence) candidate.speakerFrom = index - 1;
    else if (candidate.attribution.kind !== 'direct') {
      if (previous && hasSpeaker(index - 1) && previous.paragraph === candidate.paragraph && previous.sentence >= candidate.sentence - 1) candidate.speakerFrom = index - 1;
    }
    else if (next?.attribution.speaker && next.paragraph === candidate.paragraph && nothingBetween(text, candidate, next)) candidate.speakerFrom = index + 1;
    else if (previous && hasSpeaker(index - 1) && previous.paragraph === candidate.paragraph) candidate.speakerFrom = index - 1;
    else if (previous && hasSpeaker(index - 1) && candidate.startsParagraph && previous.paragraph === candidate.paragraph - 1) candidate.speakerFrom = index - 1;
  }
}

function nothingBetween(text: string, first: QuoteCandidate, second: QuoteCandidate): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(first.stretch.span.end, second.stretch.span.start));
}

/** Follows `speakerFrom` links to the quotation that names the speaker. */
export function speakerSource(candidates: readonly QuoteCandidate[], index: number): QuoteCandidate | null {
  let current = candidates[index];
  for (let hops = 0; current && hops < candidates.length; hops++) {
    if (current.attribution.speaker) return current;
    if (current.speakerFrom === null) return null;
    current = candidates[current.speakerFrom];
  }
  return null;
}

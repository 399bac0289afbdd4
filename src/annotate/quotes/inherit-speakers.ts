import type { Attribution } from './find-attribution.js';
import type { QuotedStretch } from './scan-quotations.js';

/** A quotation on its way to becoming a Quote. `speakerFrom` is the quotation it shares a speaker with. */
export interface QuoteCandidate {
  stretch: QuotedStretch;
  sentence: number;
  paragraph: number;
  startsParagraph: boolean;
  attribution: Attribution;
  speakerFrom: QuoteCandidate | null;
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
  const hasSpeaker = (candidate: QuoteCandidate | undefined): candidate is QuoteCandidate =>
    candidate !== undefined && (candidate.attribution.speaker !== undefined || candidate.speakerFrom !== null);
  candidates.forEach((candidate, index) => {
    if (candidate.attribution.speaker) return;
    const previous = candidates[index - 1];
    const next = candidates[index + 1];
    const previousSpeaks = hasSpeaker(previous);
    if (previousSpeaks && previous.sentence === candidate.sentence) candidate.speakerFrom = previous;
    else if (candidate.attribution.kind !== 'direct') {
      if (previousSpeaks && previous.paragraph === candidate.paragraph && previous.sentence >= candidate.sentence - 1) candidate.speakerFrom = previous;
    } else if (next?.attribution.speaker && next.paragraph === candidate.paragraph && nothingBetween(text, candidate, next)) candidate.speakerFrom = next;
    else if (previousSpeaks && previous.paragraph === candidate.paragraph) candidate.speakerFrom = previous;
    else if (previousSpeaks && candidate.startsParagraph && previous.paragraph === candidate.paragraph - 1) candidate.speakerFrom = previous;
  });
}

function nothingBetween(text: string, first: QuoteCandidate, second: QuoteCandidate): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(first.stretch.span.end, second.stretch.span.start));
}

/** Follows `speakerFrom` links to the quotation that names the speaker. */
export function speakerSource(candidate: QuoteCandidate): QuoteCandidate | null {
  let current: QuoteCandidate | null = candidate;
  for (let hops = 0; current && hops < 1000; hops++) {
    if (current.attribution.speaker) return current;
    current = current.speakerFrom;
  }
  return null;
}

import type { Span } from '../../model/index.js';
import { findAttribution } from './find-attribution.js';
import type { QuoteCandidate } from './inherit-speakers.js';
import { looksLikeTitle } from './is-title.js';
import type { QuotedStretch } from './scan-quotations.js';
import { sentenceTokens, type SentenceToken } from './sentence-tokens.js';
import { cueLemma } from './cue-lexicon.js';
import type { TextLayout } from './text-layout.js';

/** How many earlier stretches a sentence may hold before the one being attributed (long quotes of many parts). */
const STRETCHES_LOOKED_BACK = 32;

/**
 * One candidate per quotation that holds words: its sentence (the sentences from its opening to
 * its closing mark), its paragraph and its own attribution. Titles of works that no cue
 * introduces are dropped: they are names, not quotations.
 */
export function buildQuoteCandidates(text: string, stretches: readonly QuotedStretch[], layout: TextLayout): QuoteCandidate[] {
  const candidates: QuoteCandidate[] = [];
  stretches.forEach((stretch, index) => {
    const content = text.slice(stretch.content.start, stretch.content.end);
    if (!/[\p{L}\p{N}]/u.test(content)) return;
    const sentence = layout.sentenceOf(stretch.span.start);
    const range = withIntroduction(text, layout, sentenceRange(layout, stretch), stretch);
    const tokens = sentenceTokens(text, range, stretches, Math.max(0, index - STRETCHES_LOOKED_BACK));
    const position = tokens.findIndex((token) => token.quote === index);
    const attribution = findAttribution(tokens, position, content);
    const saidAfter = attribution.cue !== undefined && attribution.cue.start >= stretch.span.end;
    if (looksLikeTitle(content) && !introducedByCue(tokens, position) && !saidAfter) return;
    const paragraph = layout.paragraphOf(stretch.span.start);
    const startsParagraph = !/\S/.test(text.slice(layout.paragraphStart(paragraph), stretch.span.start));
    candidates.push({ stretch, sentence, paragraph, startsParagraph, attribution, speakerFrom: null });
  });
  return candidates;
}

/** From the start of the sentence holding the opening mark to the end of the one holding the closing mark. */
function sentenceRange(layout: TextLayout, stretch: QuotedStretch): Span {
  const first = layout.sentences[layout.sentenceOf(stretch.span.start)];
  const last = layout.sentences[layout.sentenceOf(Math.max(stretch.span.start, stretch.span.end - 1))];
  return {
    start: Math.min(first?.start ?? stretch.span.start, stretch.span.start),
    end: Math.max(last?.end ?? stretch.span.end, stretch.span.end),
  };
}

/**
 * "Cruz continued:" closing the paragraph before a quotation introduces it: the sentence of the
 * colon joins the quotation's sentence.
 */
function withIntroduction(text: string, layout: TextLayout, range: Span, stretch: QuotedStretch): Span {
  let before = stretch.span.start - 1;
  while (before >= 0 && /\s/.test(text[before] ?? '')) before--;
  if (text[before] !== ':' || before >= range.start) return range;
  const introduction = layout.sentences[layout.sentenceOf(before)];
  return { start: Math.min(range.start, introduction?.start ?? before), end: range.end };
}

/** "said: “…”", "said, “…”": a title-cased quotation right after its cue is still speech. */
function introducedByCue(tokens: readonly SentenceToken[], position: number): boolean {
  const before = tokens[position - 1];
  const cue = tokens[position - 2];
  return before !== undefined && (before.text === ':' || before.text === ',') && cue !== undefined && cueLemma(cue.lower) !== null;
}

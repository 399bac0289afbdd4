import type { Span } from '../../model/index.js';
import { findAttribution } from './find-attribution.js';
import type { QuoteCandidate } from './inherit-speakers.js';
import { looksLikeTitle } from './is-title.js';
import type { QuotedStretch } from './scan-quotations.js';
import { sentenceTokens, type SentenceToken } from './sentence-tokens.js';
import { cueLemma } from './cue-lexicon.js';
import { tokenizeRange } from './context-tokens.js';
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
    const range = withAttributionAfter(text, layout, withIntroduction(text, layout, sentenceRange(layout, stretch), stretch), stretch);
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

/** How many words may stand before the cue of an attribution split off as its own sentence. */
const MAX_WORDS_BEFORE_SPLIT_CUE = 5;

/**
 * "“Can we win Illinois?” Mr. Manafort asked.": a sentence splitter ends the sentence at the
 * question mark, but the attribution that follows belongs to the quotation. The next sentence
 * joins when it opens with a cue after a few name words, or in lowercase.
 */
function withAttributionAfter(text: string, layout: TextLayout, range: Span, stretch: QuotedStretch): Span {
  if (range.end > stretch.span.end + 1) return range;
  const next = layout.sentences[layout.sentenceOf(stretch.span.end) + 1];
  if (!next || next.start < stretch.span.end || /\n/.test(text.slice(stretch.span.end, next.start))) return range;
  const words = tokenizeRange(text, next.start, Math.min(next.end, next.start + 80)).filter((token) => token.isWord);
  const first = words[0];
  if (!first) return range;
  const opensLowercase = !first.capitalized;
  const cueAt = words.findIndex((word) => !word.capitalized && cueLemma(word.lower) !== null);
  const attributed = cueAt >= 0 && cueAt <= MAX_WORDS_BEFORE_SPLIT_CUE && words.slice(0, cueAt).every((word) => word.capitalized || word.lower === 'he' || word.lower === 'she');
  return opensLowercase || attributed ? { start: range.start, end: Math.max(range.end, next.end) } : range;
}

/** "said: “…”", "said, “…”": a title-cased quotation right after its cue is still speech. */
function introducedByCue(tokens: readonly SentenceToken[], position: number): boolean {
  const before = tokens[position - 1];
  const cue = tokens[position - 2];
  return before !== undefined && (before.text === ':' || before.text === ',') && cue !== undefined && cueLemma(cue.lower) !== null;
}

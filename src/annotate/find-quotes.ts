import { makeMessage, type Article, type Message, type Quote } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { buildQuoteCandidates } from './quotes/build-candidates.js';
import { findIndirectSpeech } from './quotes/find-indirect.js';
import { inheritSpeakers } from './quotes/inherit-speakers.js';
import { fallbackSentences } from './quotes/sentence-tokens.js';
import { scanQuotations, type UnbalancedMark } from './quotes/scan-quotations.js';
import { toQuotes } from './quotes/to-quotes.js';
import { layoutText } from './quotes/text-layout.js';

export interface FindQuotesOptions {
  /** Also report speech without quotation marks (kind `indirect`); on by default. */
  indirect?: boolean;
  /** Messages about unbalanced marks kept per article; a garbled page could otherwise yield thousands. */
  maxMarkMessages?: number;
}

const STAGE_NAME = 'findQuotes';

/**
 * Quotations with their cue and speaker: direct quotes, quoted fragments inside reported
 * speech (`partial`), continued over paragraphs and nested, and reported speech without marks
 * (`indirect`). Names speakers from the article's entities and references when the entity
 * stage ran, from its own name index otherwise. Unbalanced marks become warnings, never errors.
 */
export function findQuotes(options: FindQuotesOptions = {}): Stage {
  const maxMarkMessages = options.maxMarkMessages ?? 10;
  return {
    name: STAGE_NAME,
    version: '1',
    requires: ['text', 'sentences'],
    provides: ['quotes'],
    run: (article: Article): Article => {
      const { text } = article;
      const scan = scanQuotations(text);
      const layout = layoutText(text, article.sentences ?? fallbackSentences(text));
      const candidates = buildQuoteCandidates(text, scan.stretches, layout);
      inheritSpeakers(text, candidates);
      const indirect = options.indirect === false ? [] : findIndirectSpeech(text, scan.stretches, candidates, layout);
      const all = [...candidates, ...indirect].sort((a, b) => a.stretch.span.start - b.stretch.span.start);
      const quotes: Quote[] = toQuotes(article, all, layout);
      const messages = scan.unbalanced.slice(0, maxMarkMessages).map((mark) => markMessage(text, mark));
      return { ...article, quotes, messages: [...article.messages, ...messages] };
    },
  };
}

function markMessage(text: string, mark: UnbalancedMark): Message {
  const excerpt = text.slice(mark.span.start, Math.min(mark.span.end, mark.span.start + 40)).replace(/\s+/g, ' ');
  const what = mark.kind === 'unclosed'
    ? `A quotation opened here is never closed before its paragraph ends ("${excerpt}…"); it is read up to the paragraph end.`
    : `A closing quotation mark has no opening one ("${excerpt}"); it is ignored.`;
  return makeMessage('unbalanced-quotation-marks', what, { severity: 'warning', span: mark.span, stage: STAGE_NAME });
}

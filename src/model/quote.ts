import type { Span } from './span.js';

export type QuoteKind = 'direct' | 'partial' | 'indirect';

/**
 * A quotation. The outer span covers the marks, the cue and the speaker; `content` is the text
 * inside the marks (for indirect speech: the reported clause). `speaker` is the mention in the
 * text (may be a pronoun), `speakerName` the resolved canonical name and `speakerKey` its entity key.
 */
export interface Quote {
  start: number;
  end: number;
  kind: QuoteKind;
  content: Span;
  cue?: Span;
  speaker?: Span;
  speakerName?: string;
  speakerKey?: string;
}

import type { Span } from './span.js';

export type MessageSeverity = 'error' | 'warning' | 'info';

/**
 * An expected problem of one input (empty page, paywall stub, unbalanced quotation marks,
 * unresolvable date…), recorded on the document or article instead of thrown.
 * `code` is kebab-case and stable; `text` is one sentence a person can act on.
 */
export interface Message {
  code: string;
  severity: MessageSeverity;
  text: string;
  /** The input the problem belongs to: a path or URL as given. */
  source?: string;
  /** Where in the article's text, when the problem has a place. */
  span?: Span;
  /** The stage that found it. */
  stage?: string;
}

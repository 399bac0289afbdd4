import type { Span } from '../../model/index.js';
import { tokenizeRange, type ContextToken } from './context-tokens.js';
import type { QuotedStretch } from './scan-quotations.js';

/** A token of a sentence outside its quotations; each quotation is one token of kind `quote`. */
export interface SentenceToken extends ContextToken {
  quote: number | null;
}

/**
 * The words of `range` with every quotation inside it folded into one placeholder token, so the
 * search for a cue or a speaker never reads words that the speaker said.
 */
export function sentenceTokens(text: string, range: Span, stretches: readonly QuotedStretch[], firstStretch: number): SentenceToken[] {
  const tokens: SentenceToken[] = [];
  let cursor = range.start;
  for (let index = firstStretch; index < stretches.length; index++) {
    const stretch = stretches[index]!;
    if (stretch.span.start >= range.end) break;
    if (stretch.span.end <= range.start) continue;
    pushWords(tokens, text, cursor, Math.max(cursor, stretch.span.start));
    tokens.push({
      start: stretch.span.start, end: stretch.span.end, text: '«quote»', lower: '«quote»',
      isWord: false, capitalized: false, quote: index,
    });
    cursor = Math.max(cursor, stretch.span.end);
  }
  pushWords(tokens, text, cursor, range.end);
  return tokens;
}

function pushWords(tokens: SentenceToken[], text: string, start: number, end: number): void {
  if (end <= start) return;
  // Tokens made here are this array's own: marking them in place saves a copy of each.
  for (const token of tokenizeRange(text, start, end) as SentenceToken[]) {
    token.quote = null;
    tokens.push(token);
  }
}

const BOUNDARY_ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|No|vs)|(?<![\p{L}.])\p{Lu}|\p{L}\.\p{L})\.$/u;

/**
 * Sentences when no sentence stage ran (the eval of this stage alone): a period, question or
 * exclamation mark followed by a space and a capital or an opening mark, unless the period ends
 * an abbreviation or an initial; every line is a paragraph.
 */
export function fallbackSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  const boundary = /[.!?]["”’']*\s+(?=["“‘\p{Lu}])|\n+/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length;
    if (!match[0].startsWith('\n') && BOUNDARY_ABBREVIATION.test(text.slice(Math.max(0, match.index - 12), match.index + 1))) continue;
    if (end > start) sentences.push({ start, end });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length });
  return sentences;
}

import type { Token } from '../model/index.js';
import { winkTokens } from '../text/wink.js';

/**
 * wink reads one bounded chunk at a time: a sentence, or a slice of a very long one cut at a
 * space. 5,000 characters is far above a real sentence (~150) and keeps each call cheap even on
 * text with no punctuation at all.
 */
const MAX_CHUNK_CHARS = 5000;

/** How far past the previous token wink's next token may start (whitespace only in practice). */
const MAX_GAP_CHARS = 200;

/** Tokens of `text[start, end)` with offsets into `text`, lemmas and POS tags. */
export function tokenizeSpan(text: string, start: number, end: number, tokens: Token[]): void {
  let chunkStart = start;
  while (chunkStart < end) {
    const chunkEnd = chunkEndAt(text, chunkStart, end);
    tokenizeChunk(text, chunkStart, chunkEnd, tokens);
    chunkStart = chunkEnd;
  }
}

function chunkEndAt(text: string, start: number, end: number): number {
  if (end - start <= MAX_CHUNK_CHARS) return end;
  const limit = start + MAX_CHUNK_CHARS;
  const space = text.lastIndexOf(' ', limit);
  return space > start ? space : limit;
}

/**
 * wink gives token values, not offsets: find each value after the previous token. A value wink
 * rewrote (not found close by) is skipped rather than misplaced.
 */
function tokenizeChunk(text: string, start: number, end: number, tokens: Token[]): void {
  const chunk = text.slice(start, end);
  let cursor = 0;
  for (const token of winkTokens(chunk)) {
    if (token.value.trim() === '') continue;
    const index = chunk.indexOf(token.value, cursor);
    if (index < 0 || index - cursor > MAX_GAP_CHARS) continue;
    cursor = index + token.value.length;
    tokens.push({ start: start + index, end: start + cursor, lemma: token.lemma, pos: token.pos });
  }
}

import { Readability } from '@mozilla/readability';
import type { Message } from '../../model/index.js';

export interface ContentResult {
  /** Body text, paragraphs separated by one blank line, not yet normalized. */
  text: string;
  captions: string[];
  credits: string[];
  messages: Message[];
}

/**
 * First version: Readability on the parsed document. Mutates `document` (read metadata first).
 * Owned by the content-extraction work; to be replaced by the full cascade.
 */
export function extractContent(document: Document): ContentResult {
  const parsed = new Readability(document as unknown as Document).parse();
  const text = (parsed?.textContent ?? '').trim();
  return { text, captions: [], credits: [], messages: [] };
}

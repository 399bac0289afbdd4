import type { DocumentHints, Message } from '../../model/index.js';

/** What cleanup of a scraped plain text recognized and moved out of the body. */
export interface ScrapedTextResult {
  text: string;
  title: string | null;
  publishedAt: string | null;
  captions: string[];
  credits: string[];
  messages: Message[];
}

/** First version: passes the text through. Owned by the scraped-text work; to be replaced. */
export function cleanScrapedText(text: string, _hints: DocumentHints = {}): ScrapedTextResult {
  return { text, title: null, publishedAt: null, captions: [], credits: [], messages: [] };
}

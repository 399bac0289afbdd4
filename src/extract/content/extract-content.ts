import { Readability } from '@mozilla/readability';
import type { Message } from '../../model/index.js';
import { cleanArticle } from './clean-article.js';
import { renderText } from './render-text.js';

export interface ContentResult {
  /** Body text, paragraphs separated by one blank line, not yet normalized. */
  text: string;
  captions: string[];
  credits: string[];
  messages: Message[];
}

export function extractContent(document: Document): ContentResult {
  const article = new Readability<Element>(document, {
    keepClasses: true,
    disableJSONLD: true,
    serializer: (node) => node as Element,
  }).parse();
  if (!article?.content) return { text: '', captions: [], credits: [], messages: [] };
  const pictures = cleanArticle(article.content);
  const text = renderText(article.content);
  return { text, ...pictures, messages: [] };
}

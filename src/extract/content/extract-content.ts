import { Readability } from '@mozilla/readability';
import type { Message } from '../../model/index.js';
import { cleanArticle } from './clean-article.js';
import { filterParagraphs } from './filter-paragraphs.js';
import { renderParagraphs } from './render-text.js';

export interface ContentResult {
  /** Body text, paragraphs separated by one blank line, not yet normalized. */
  text: string;
  captions: string[];
  credits: string[];
  messages: Message[];
}

export interface ContentOptions {
  /** Titles known from the page's metadata: a paragraph repeating one is the headline, left out. */
  titles?: readonly string[];
}

export function extractContent(document: Document, options: ContentOptions = {}): ContentResult {
  const pageTitle = document.title;
  const article = new Readability<Element>(document, {
    keepClasses: true,
    disableJSONLD: true,
    serializer: (node) => node as Element,
  }).parse();
  if (!article?.content) return { text: '', captions: [], credits: [], messages: [] };
  const pictures = cleanArticle(article.content);
  const titles = [...(options.titles ?? []), pageTitle, article.title ?? ''];
  const paragraphs = filterParagraphs(renderParagraphs(article.content), { titles }, pictures);
  return { text: paragraphs.join('\n\n'), ...pictures, messages: [] };
}

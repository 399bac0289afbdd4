import type * as linkedomModule from 'linkedom';
import type { ExtractedArticle, Message, RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import { normalizeLine, normalizeText } from '../text/normalize.js';
import { stableHash } from '../text/hash.js';
import { extractContent } from './content/extract-content.js';
import { prepareHtml } from './content/prepare-html.js';
import { extractMetadata } from './metadata/extract-metadata.js';
import { cleanScrapedText } from './scraped-text/clean-scraped-text.js';
import { findDateline } from './find-dateline.js';
import { detectLanguage } from './detect-language.js';
import { packageOnFirstUse } from './package-on-first-use.js';

/** linkedom (0.1 s to load) with the first HTML input: plain-text inputs never need a DOM. */
const linkedom = packageOnFirstUse<typeof linkedomModule>('linkedom');

/**
 * RawDocument → ExtractedArticle. The cascade: reader hints win over what the page says about
 * itself (a caller's record is authoritative), page metadata is read before the content (content
 * extraction mutates the DOM), and plain texts go through scraped-text cleanup.
 */
export function extractArticle(raw: RawDocument): ExtractedArticle {
  const messages: Message[] = [...raw.messages];
  const parts = raw.format === 'html' ? fromHtml(raw.body, raw.hints.url) : fromText(raw);
  messages.push(...parts.messages.map((message) => ({ ...message, source: message.source ?? raw.source })));
  const text = normalizeText(parts.text);
  if (text.length === 0 && !messages.some((message) => message.severity === 'error')) {
    messages.push(makeMessage('no-article-text', 'No article text was found.', { source: raw.source }));
  }
  const hints = raw.hints;
  const url = hints.url ?? parts.url ?? null;
  return {
    // An empty body (a failed input) would give every failed input one id: name it by its source.
    id: hints.id ?? stableHash(url ? `url:${url}` : raw.body !== '' ? `text:${raw.body}` : `source:${raw.source}`),
    source: raw.source,
    url,
    outlet: hints.outlet ?? parts.outlet,
    title: cleanLine(hints.title ?? parts.title),
    authors: hints.authors ?? parts.authors,
    publishedAt: hints.publishedAt ?? parts.publishedAt,
    language: hints.language ?? parts.language ?? detectLanguage(text),
    dateline: findDateline(text),
    captions: parts.captions,
    credits: parts.credits,
    text,
    messages,
  };
}

interface ExtractedParts {
  text: string;
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  captions: string[];
  credits: string[];
  messages: Message[];
}

function fromHtml(html: string, pageUrl: string | undefined): ExtractedParts {
  const prepared = prepareHtml(html);
  const parse = (): Document => linkedom().parseHTML(prepared.html).document as unknown as Document;
  const document = parse();
  // Metadata first: content extraction mutates the DOM.
  const metadata = extractMetadata(document, { url: pageUrl ?? null });
  const content = extractContent(document, { titles: metadata.title ? [metadata.title] : [], reparse: parse });
  return { ...metadata, ...content, messages: [...prepared.messages, ...content.messages] };
}

function fromText(raw: RawDocument): ExtractedParts {
  const cleaned = raw.verbatim
    ? { text: raw.body, title: null, publishedAt: null, authors: [], captions: [], credits: [], messages: [] }
    : cleanScrapedText(raw.body, raw.hints);
  return { ...cleaned, outlet: null, url: null, language: null };
}

function cleanLine(value: string | null): string | null {
  if (value === null) return null;
  const line = normalizeLine(value);
  return line.length > 0 ? line : null;
}

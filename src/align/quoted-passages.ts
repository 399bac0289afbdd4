import type { Article, Quote } from '../model/index.js';

/** A quotation as the aligner uses it: the content span, its speaker, and its article. */
export interface QuotedPassage {
  articleId: string;
  start: number;
  end: number;
  speakerName: string | null;
  speakerKey: string | null;
}

// Curly or straight double marks; some scraped pages close with two single marks (’’).
const QUOTED = /“([^“”\n]+?)(?:”|’’)|"([^"\n]+?)"/g;

/**
 * The direct and partial quotations of an article: from the quotes stage when it ran (indirect
 * speech is left out: its words are the outlet's, not the speaker's), else the text between
 * quotation marks, without speakers.
 */
export function quotedPassages(article: Article): QuotedPassage[] {
  if (article.quotes) return article.quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => fromQuote(article.id, quote));
  const passages: QuotedPassage[] = [];
  for (const match of article.text.matchAll(QUOTED)) {
    const inner = match[1] ?? match[2] ?? '';
    const start = match.index + 1;
    passages.push({ articleId: article.id, start, end: start + inner.length, speakerName: null, speakerKey: null });
  }
  return passages;
}

function fromQuote(articleId: string, quote: Quote): QuotedPassage {
  return {
    articleId,
    start: quote.content.start,
    end: quote.content.end,
    speakerName: quote.speakerName ?? null,
    speakerKey: quote.speakerKey ?? quote.speakerName?.toLowerCase() ?? null,
  };
}

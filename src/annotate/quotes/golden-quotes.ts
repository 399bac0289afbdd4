import type { Article } from '../../model/index.js';

/** One quotation as a golden file prints it: offsets with the words they cover beside them. */
export interface GoldenQuote {
  start: number;
  end: number;
  kind: string;
  content: string;
  speaker: string | null;
  speakerName: string | null;
}

/** The article's quotations in golden form, so a diff of the file reads like prose. */
export function goldenQuotes(article: Article): GoldenQuote[] {
  return (article.quotes ?? []).map((quote) => ({
    start: quote.content.start,
    end: quote.content.end,
    kind: quote.kind,
    content: article.text.slice(quote.content.start, quote.content.end),
    speaker: quote.speaker ? article.text.slice(quote.speaker.start, quote.speaker.end) : null,
    speakerName: quote.speakerName ?? null,
  }));
}

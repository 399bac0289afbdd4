/** Metadata read from a page before its content is extracted. */
export interface PageMetadata {
  title: string | null;
  authors: string[];
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
}

/** First version: OpenGraph and a few meta tags. Owned by the metadata work; to be replaced. */
export function extractMetadata(document: Document): PageMetadata {
  const meta = (selector: string): string | null =>
    document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  return {
    title: meta('meta[property="og:title"]') ?? (document.querySelector('title')?.textContent?.trim() || null),
    authors: [],
    publishedAt: meta('meta[property="article:published_time"]'),
    outlet: meta('meta[property="og:site_name"]'),
    url: meta('meta[property="og:url"]'),
    language: document.documentElement?.getAttribute('lang') ?? null,
  };
}

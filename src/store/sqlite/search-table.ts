import type Database from 'better-sqlite3';
import type { SearchHit } from '../store.js';
import { toFtsQuery } from '../fts-query.js';

/** How many tokens a snippet shows around the matches: about one line of a terminal. */
const SNIPPET_TOKENS = 16;
/**
 * bm25 column weights: a word in the title says more about what an article is about than the
 * same word once in a 600-word body; 3× lets a title match outrank a passing mention.
 */
const TITLE_WEIGHT = 3;
const TEXT_WEIGHT = 1;

interface HitRow {
  body: string;
  snippet: string;
  rank: number;
}

/** Full-text search over the FTS5 index of titles and texts, bm25-ranked with highlighted snippets. */
export function createSearchTable(db: Database.Database) {
  const query = db.prepare<[string, number], HitRow>(`
    SELECT a.body AS body,
      snippet(article_search, 1, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet,
      bm25(article_search, ${TITLE_WEIGHT}, ${TEXT_WEIGHT}) AS rank
    FROM article_search JOIN articles a ON a.seq = article_search.rowid
    WHERE article_search MATCH ? ORDER BY rank LIMIT ?`);
  return {
    search(text: string, limit: number): SearchHit[] {
      const match = toFtsQuery(text);
      if (match === null) return [];
      return query.all(match, limit).map((row) => {
        const article = JSON.parse(row.body) as { id: string; title: string | null; outlet: string | null; publishedAt: string | null };
        return {
          articleId: article.id, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt,
          snippet: row.snippet.replace(/\s+/g, ' '), score: -row.rank,
        };
      });
    },
  };
}

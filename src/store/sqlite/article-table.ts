import type Database from 'better-sqlite3';
import type { Article } from '../../model/index.js';
import type { ArticleVersion, PutArticleResult } from '../store.js';
import { documentHash, joinArticle, splitArticle } from '../article-document.js';

interface ArticleRow {
  seq: number;
  id: string;
  version: number;
  document_hash: string;
  stored_at: string;
  title: string | null;
  text: string;
  body: string;
}

/**
 * Articles (latest version), their earlier versions, and the full-text index kept in step.
 *
 * Inside a transaction, new text is added to the full-text index at its end (flushSearch, called
 * before COMMIT), all in one statement. FTS5 writes what it holds in memory to disk as a new
 * segment whenever a statement of the transaction opens a savepoint, and many writes do; indexed
 * one at a time, interleaved with ingest's other writes, articles became segments of their own:
 * the index then cost 19 s of a 153 s main thread on 40,000 articles, 14.5 s this way. A search
 * inside the transaction does not see the text added in it.
 */
export function createArticleTable(db: Database.Database) {
  const select = db.prepare<[string], ArticleRow>('SELECT * FROM articles WHERE id = ?');
  const selectText = db.prepare<[string], { text: string }>('SELECT text FROM articles WHERE id = ?');
  const insert = db.prepare('INSERT INTO articles (id, version, document_hash, stored_at, title, text, body) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE articles SET version = ?, document_hash = ?, stored_at = ?, title = ?, text = ?, body = ? WHERE seq = ?');
  const keepVersion = db.prepare('INSERT INTO article_versions (article_id, version, stored_at, article) VALUES (?, ?, ?, ?)');
  const indexTexts = db.prepare(`INSERT INTO article_search (rowid, title, text)
    SELECT seq, title, text FROM articles WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq`);
  const unindexText = db.prepare("INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', ?, ?, ?)");
  const versions = db.prepare<[string], { version: number; stored_at: string; article: string }>(
    'SELECT version, stored_at, article FROM article_versions WHERE article_id = ? ORDER BY version');
  const page = db.prepare<[number, number], ArticleRow>('SELECT * FROM articles ORDER BY seq LIMIT ? OFFSET ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');

  // Rows whose current title and text the index does not hold yet.
  const unindexed = new Set<number>();
  const flushSearch = () => {
    if (unindexed.size === 0) return;
    indexTexts.run(JSON.stringify([...unindexed]));
    unindexed.clear();
  };

  const putRow = (article: Article): PutArticleResult => {
    const now = new Date().toISOString();
    const hash = documentHash(article);
    const { text, body } = splitArticle(article);
    const row = select.get(article.id);
    if (!row) {
      const { lastInsertRowid } = insert.run(article.id, 1, hash, now, article.title, text, body);
      unindexed.add(Number(lastInsertRowid));
      return { status: 'new', version: 1 };
    }
    if (row.document_hash === hash) {
      // Same document: annotations may have been added since; keep them without a new version.
      if (row.body !== body) update.run(row.version, hash, row.stored_at, row.title, row.text, body, row.seq);
      return { status: 'unchanged', version: row.version };
    }
    keepVersion.run(row.id, row.version, row.stored_at, JSON.stringify(joinArticle(row.text, row.body)));
    // Only what the index holds can be taken out of it (an external-content index trusts the values given).
    if (!unindexed.has(row.seq)) unindexText.run(row.seq, row.title, row.text);
    update.run(row.version + 1, hash, now, article.title, text, body, row.seq);
    unindexed.add(row.seq);
    return { status: 'updated', version: row.version + 1 };
  };
  const putAlone = db.transaction((article: Article) => {
    try {
      const result = putRow(article);
      flushSearch();
      return result;
    } catch (error) {
      unindexed.clear();
      throw error;
    }
  });

  return {
    put: (article: Article) => (db.inTransaction ? putRow(article) : putAlone.immediate(article)),
    /** Indexes the text written in this transaction (call it last before COMMIT). */
    flushSearch,
    /** Forgets the unindexed rows of a transaction that rolled back. */
    discardSearch: () => unindexed.clear(),
    get(id: string): Article | null {
      const row = select.get(id);
      return row ? joinArticle(row.text, row.body) : null;
    },
    text: (id: string) => selectText.get(id)?.text ?? null,
    versions(id: string): ArticleVersion[] {
      const earlier = versions.all(id).map((row) => ({
        version: row.version, storedAt: row.stored_at, article: JSON.parse(row.article) as Article,
      }));
      const latest = select.get(id);
      if (!latest) return earlier;
      return [...earlier, { version: latest.version, storedAt: latest.stored_at, article: joinArticle(latest.text, latest.body) }];
    },
    list(limit: number, offset: number): Article[] {
      return page.all(limit, offset).map((row) => joinArticle(row.text, row.body));
    },
    count: () => count.get()?.n ?? 0,
  };
}

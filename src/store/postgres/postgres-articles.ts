import type { Article, Story } from '../../model/index.js';
import type { ArticleVersion, ClusteredEntry, ClustererCheckpoint, PutArticleResult, StoryHeader } from '../store.js';
import { documentHash, joinArticle, splitArticle } from '../article-document.js';

/** Runs one SQL statement on the store's connection. */
export type Query = (sql: string, values?: unknown[]) => Promise<Array<Record<string, unknown>>>;

interface ArticleRow { seq: string; id: string; version: number; document_hash: string; stored_at: string; title: string | null; text: string; body: string }

/** Articles, versions, stories and the clustered log over PostgreSQL (callers wrap writes in a transaction). */
export function postgresArticles(query: Query) {
  const select = async (id: string) => (await query('SELECT * FROM articles WHERE id = $1 FOR UPDATE', [id]))[0] as ArticleRow | undefined;
  const members = async (storyId: string) => (await query('SELECT article_id FROM story_articles WHERE story_id = $1 ORDER BY position', [storyId])).map((row) => row.article_id as string);
  const toHeader = (row: Record<string, unknown>): StoryHeader => ({
    id: row.id as string, title: row.title as string, firstDate: row.first_date as string | null, lastDate: row.last_date as string | null,
    outlets: JSON.parse(row.outlets as string) as string[],
  });
  const toStory = (row: Record<string, unknown>, articleIds: string[]): Story => ({ ...toHeader(row), articleIds });
  const putHeader = (header: StoryHeader) => query(`INSERT INTO stories (id, title, first_date, last_date, outlets) VALUES ($1, $2, $3, $4, $5)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_date = excluded.first_date, last_date = excluded.last_date, outlets = excluded.outlets`,
  [header.id, header.title, header.firstDate, header.lastDate, JSON.stringify(header.outlets)]);

  return {
    async putArticle(article: Article): Promise<PutArticleResult> {
      const now = new Date().toISOString();
      const hash = documentHash(article);
      const { text, body } = splitArticle(article);
      const row = await select(article.id);
      if (!row) {
        await query('INSERT INTO articles (id, version, document_hash, stored_at, title, text, body) VALUES ($1, 1, $2, $3, $4, $5, $6)', [article.id, hash, now, article.title, text, body]);
        return { status: 'new', version: 1 };
      }
      if (row.document_hash === hash) {
        if (row.body !== body) await query('UPDATE articles SET body = $1 WHERE seq = $2', [body, row.seq]);
        return { status: 'unchanged', version: row.version };
      }
      await query('INSERT INTO article_versions (article_id, version, stored_at, article) VALUES ($1, $2, $3, $4)',
        [row.id, row.version, row.stored_at, JSON.stringify(joinArticle(row.text, row.body))]);
      await query('UPDATE articles SET version = $1, document_hash = $2, stored_at = $3, title = $4, text = $5, body = $6 WHERE seq = $7',
        [row.version + 1, hash, now, article.title, text, body, row.seq]);
      return { status: 'updated', version: row.version + 1 };
    },
    async getArticle(id: string): Promise<Article | null> {
      const row = (await query('SELECT text, body FROM articles WHERE id = $1', [id]))[0];
      return row ? joinArticle(row.text as string, row.body as string) : null;
    },
    async getArticleText(id: string): Promise<string | null> {
      return ((await query('SELECT text FROM articles WHERE id = $1', [id]))[0]?.text as string | undefined) ?? null;
    },
    async getArticleVersions(id: string): Promise<ArticleVersion[]> {
      const earlier = (await query('SELECT version, stored_at, article FROM article_versions WHERE article_id = $1 ORDER BY version', [id]))
        .map((row) => ({ version: row.version as number, storedAt: row.stored_at as string, article: JSON.parse(row.article as string) as Article }));
      const latest = (await query('SELECT version, stored_at, text, body FROM articles WHERE id = $1', [id]))[0];
      if (!latest) return earlier;
      return [...earlier, { version: latest.version as number, storedAt: latest.stored_at as string, article: joinArticle(latest.text as string, latest.body as string) }];
    },
    async listArticles(options: { limit?: number; offset?: number } = {}): Promise<Article[]> {
      const rows = await query('SELECT text, body FROM articles ORDER BY seq LIMIT $1 OFFSET $2', [options.limit ?? null, options.offset ?? 0]);
      return rows.map((row) => joinArticle(row.text as string, row.body as string));
    },
    async countArticles(): Promise<number> {
      return Number((await query('SELECT count(*) AS n FROM articles'))[0]?.n ?? 0);
    },
    async putStory(story: Story): Promise<void> {
      await putHeader(story);
      const stored = await members(story.id);
      let same = 0;
      while (same < stored.length && same < story.articleIds.length && stored[same] === story.articleIds[same]) same += 1;
      if (same < stored.length) await query('DELETE FROM story_articles WHERE story_id = $1 AND position >= $2', [story.id, same]);
      for (let position = same; position < story.articleIds.length; position += 1) {
        await query('INSERT INTO story_articles (story_id, position, article_id) VALUES ($1, $2, $3)', [story.id, position, story.articleIds[position]]);
      }
    },
    async getStory(id: string): Promise<Story | null> {
      const row = (await query('SELECT * FROM stories WHERE id = $1', [id]))[0];
      return row ? toStory(row, await members(id)) : null;
    },
    async getStoryHeader(id: string): Promise<StoryHeader | null> {
      const row = (await query('SELECT * FROM stories WHERE id = $1', [id]))[0];
      return row ? toHeader(row) : null;
    },
    async putStoryHeader(header: StoryHeader): Promise<void> {
      await putHeader(header);
    },
    async appendStoryMember(storyId: string, articleId: string): Promise<void> {
      await query(`INSERT INTO story_articles (story_id, position, article_id)
        SELECT $1::text, coalesce((SELECT position + 1 FROM story_articles WHERE story_id = $1 ORDER BY position DESC LIMIT 1), 0), $2::text
        WHERE NOT EXISTS (SELECT 1 FROM story_articles WHERE article_id = $2 AND story_id = $1)`, [storyId, articleId]);
    },
    async listStories(): Promise<Story[]> {
      const byStory = new Map<string, string[]>();
      for (const row of await query('SELECT story_id, article_id FROM story_articles ORDER BY story_id, position')) {
        const list = byStory.get(row.story_id as string) ?? [];
        list.push(row.article_id as string);
        byStory.set(row.story_id as string, list);
      }
      return (await query('SELECT * FROM stories ORDER BY seq')).map((row) => toStory(row, byStory.get(row.id as string) ?? []));
    },
    async findStoryOfArticle(articleId: string): Promise<string | null> {
      return ((await query('SELECT story_id FROM story_articles WHERE article_id = $1 LIMIT 1', [articleId]))[0]?.story_id as string | undefined) ?? null;
    },
    async logClustered(articleId: string, storyId: string): Promise<void> {
      await query('INSERT INTO clustered (article_id, story_id) VALUES ($1, $2) ON CONFLICT (article_id) DO NOTHING', [articleId, storyId]);
    },
    async listClustered(afterSeq: number, limit: number): Promise<ClusteredEntry[]> {
      return (await query('SELECT seq, article_id, story_id FROM clustered WHERE seq > $1 ORDER BY seq LIMIT $2', [afterSeq, limit]))
        .map((row) => ({ seq: Number(row.seq), articleId: row.article_id as string, storyId: row.story_id as string }));
    },
    async putClustererCheckpoint(parts: Iterable<string>): Promise<void> {
      await query('DELETE FROM clusterer_checkpoint');
      const seq = Number((await query('SELECT coalesce(max(seq), 0) AS seq FROM clustered'))[0]?.seq ?? 0);
      let part = 0;
      for (const state of parts) await query('INSERT INTO clusterer_checkpoint (part, seq, state) VALUES ($1, $2, $3)', [part++, seq, state]);
    },
    async getClustererCheckpoint(): Promise<ClustererCheckpoint | null> {
      const rows = await query('SELECT seq, state FROM clusterer_checkpoint ORDER BY part');
      return rows.length === 0 ? null : { seq: Number(rows[0]!.seq), parts: rows.map((row) => row.state as string) };
    },
  };
}

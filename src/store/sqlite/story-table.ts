import type Database from 'better-sqlite3';
import { atomic } from './atomic.js';
import type { Story } from '../../model/index.js';
import type { ClustererCheckpoint, StoryHeader } from '../store.js';

interface StoryRow {
  id: string;
  title: string;
  first_date: string | null;
  last_date: string | null;
  outlets: string;
}

/** Stories and their member articles (in the story's order); the clustered-article log for replay. */
export function createStoryTable(db: Database.Database) {
  const upsert = db.prepare(`INSERT INTO stories (id, title, first_date, last_date, outlets) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, first_date = excluded.first_date,
    last_date = excluded.last_date, outlets = excluded.outlets`);
  const selectOne = db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE id = ?');
  const selectAll = db.prepare<[], StoryRow>('SELECT * FROM stories ORDER BY seq');
  const members = db.prepare<[string], { article_id: string }>('SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position');
  const allMembers = db.prepare<[], { story_id: string; article_id: string }>('SELECT story_id, article_id FROM story_articles ORDER BY story_id, position');
  const removeFrom = db.prepare('DELETE FROM story_articles WHERE story_id = ? AND position >= ?');
  const addMember = db.prepare('INSERT INTO story_articles (story_id, position, article_id) VALUES (?, ?, ?)');
  // Both lookups use an index (the by-article index, the primary key's last position): O(log n)
  // in the story's size. Three plain statements, not one INSERT … SELECT on its own table: that
  // runs through a temporary table under a statement journal, and a statement journal makes FTS5
  // write out the text it holds (see article-table.ts). In ingest it cost 680 µs a call at 40,000
  // articles; these three cost 26 µs.
  const isMember = db.prepare<[string, string], number>('SELECT 1 FROM story_articles WHERE article_id = ? AND story_id = ?').pluck();
  const lastPosition = db.prepare<[string], number>('SELECT position FROM story_articles WHERE story_id = ? ORDER BY position DESC LIMIT 1').pluck();
  const storyOf = db.prepare<[string], { story_id: string }>('SELECT story_id FROM story_articles WHERE article_id = ? LIMIT 1');
  const logClustered = db.prepare('INSERT OR IGNORE INTO clustered (article_id, story_id) VALUES (?, ?)');
  const clusteredPage = db.prepare<[number, number], { seq: number; article_id: string; story_id: string }>(
    'SELECT seq, article_id, story_id FROM clustered WHERE seq > ? ORDER BY seq LIMIT ?');
  const clearCheckpoint = db.prepare('DELETE FROM clusterer_checkpoint');
  const lastClustered = db.prepare<[], { seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM clustered');
  const putCheckpointPart = db.prepare('INSERT INTO clusterer_checkpoint (part, seq, state) VALUES (?, ?, ?)');
  const getCheckpoint = db.prepare<[], { seq: number; state: string }>('SELECT seq, state FROM clusterer_checkpoint ORDER BY part');

  // Stories grow at the end: rewrite members only from the first position that differs.
  const put = atomic(db, (story: Story) => {
    upsert.run(story.id, story.title, story.firstDate, story.lastDate, JSON.stringify(story.outlets));
    const stored = members.all(story.id).map((row) => row.article_id);
    let same = 0;
    while (same < stored.length && same < story.articleIds.length && stored[same] === story.articleIds[same]) same += 1;
    if (same < stored.length) removeFrom.run(story.id, same);
    for (let position = same; position < story.articleIds.length; position += 1) {
      addMember.run(story.id, position, story.articleIds[position]);
    }
  });

  const toHeader = (row: StoryRow): StoryHeader => ({
    id: row.id, title: row.title, firstDate: row.first_date, lastDate: row.last_date,
    outlets: JSON.parse(row.outlets) as string[],
  });
  const toStory = (row: StoryRow, articleIds: string[]): Story => ({ ...toHeader(row), articleIds });

  return {
    put,
    get(id: string): Story | null {
      const row = selectOne.get(id);
      return row ? toStory(row, members.all(id).map((member) => member.article_id)) : null;
    },
    list(): Story[] {
      const byStory = new Map<string, string[]>();
      for (const row of allMembers.iterate()) {
        const list = byStory.get(row.story_id) ?? [];
        list.push(row.article_id);
        byStory.set(row.story_id, list);
      }
      return selectAll.all().map((row) => toStory(row, byStory.get(row.id) ?? []));
    },
    getHeader(id: string): StoryHeader | null {
      const row = selectOne.get(id);
      return row ? toHeader(row) : null;
    },
    putHeader(header: StoryHeader): void {
      upsert.run(header.id, header.title, header.firstDate, header.lastDate, JSON.stringify(header.outlets));
    },
    appendMember(storyId: string, articleId: string): void {
      if (isMember.get(articleId, storyId) !== undefined) return;
      const last = lastPosition.get(storyId);
      addMember.run(storyId, last === undefined ? 0 : last + 1, articleId);
    },
    storyOf: (articleId: string) => storyOf.get(articleId)?.story_id ?? null,
    logClustered: (articleId: string, storyId: string) => { logClustered.run(articleId, storyId); },
    clusteredAfter: (seq: number, limit: number) => clusteredPage.all(seq, limit)
      .map((row) => ({ seq: row.seq, articleId: row.article_id, storyId: row.story_id })),
    putCheckpoint: atomic(db, (parts: Iterable<string>) => {
      clearCheckpoint.run();
      const { seq } = lastClustered.get()!;
      let part = 0;
      for (const state of parts) putCheckpointPart.run(part++, seq, state);
    }),
    getCheckpoint(): ClustererCheckpoint | null {
      const rows = getCheckpoint.all();
      return rows.length === 0 ? null : { seq: rows[0]!.seq, parts: rows.map((row) => row.state) };
    },
  };
}

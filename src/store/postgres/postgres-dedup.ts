import type { ArticleFingerprint, DuplicateLink } from '../../dedup/duplicate-link.js';
import { BUCKET_READ_LIMIT, type DocumentRecord, type SearchHit } from '../store.js';
import type { Query } from './postgres-articles.js';

/** Snippet length in words, and the title's weight over the body: as in the SQLite store. */
const SNIPPET_OPTIONS = 'StartSel=[, StopSel=], MaxWords=16, MinWords=8, MaxFragments=1, FragmentDelimiter=…';

/** Documents, fingerprints with LSH buckets, copy links and search over PostgreSQL. */
export function postgresDedup(query: Query) {
  const fromRow = (row: Record<string, unknown>): ArticleFingerprint => ({
    articleId: row.article_id as string, canonicalUrl: row.canonical_url as string | null, contentHash: row.content_hash as string,
    shingleCount: row.shingle_count as number, minhash: [...unpack(row.minhash as Buffer, Uint32Array)],
    bandKeys: [...unpack(row.band_keys as Buffer, Float64Array)], publishedAt: row.published_at as string | null,
  });
  return {
    async getDocument(key: string): Promise<DocumentRecord | null> {
      const row = (await query('SELECT * FROM documents WHERE key = $1', [key]))[0];
      return row ? { key: row.key as string, articleId: row.article_id as string | null, outcome: row.outcome as DocumentRecord['outcome'] } : null;
    },
    async putDocument(record: DocumentRecord): Promise<void> {
      await query(`INSERT INTO documents (key, article_id, outcome) VALUES ($1, $2, $3)
        ON CONFLICT (key) DO UPDATE SET article_id = excluded.article_id, outcome = excluded.outcome`, [record.key, record.articleId, record.outcome]);
    },
    async putFingerprint(fingerprint: ArticleFingerprint): Promise<void> {
      const old = (await query('DELETE FROM fingerprints WHERE article_id = $1 RETURNING seq', [fingerprint.articleId]))[0];
      if (old) await query('DELETE FROM lsh_buckets WHERE fingerprint_seq = $1', [old.seq]);
      const inserted = (await query(`INSERT INTO fingerprints (article_id, canonical_url, content_hash, shingle_count, minhash, band_keys, published_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq`, [fingerprint.articleId, fingerprint.canonicalUrl, fingerprint.contentHash, fingerprint.shingleCount,
        Buffer.from(Uint32Array.from(fingerprint.minhash).buffer), Buffer.from(Float64Array.from(fingerprint.bandKeys).buffer), fingerprint.publishedAt]))[0];
      if (fingerprint.bandKeys.length > 0) {
        await query('INSERT INTO lsh_buckets (band_key, fingerprint_seq) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING',
          [fingerprint.bandKeys.map(String), inserted?.seq]);
      }
    },
    async getFingerprint(articleId: string): Promise<ArticleFingerprint | null> {
      const row = (await query('SELECT * FROM fingerprints WHERE article_id = $1', [articleId]))[0];
      return row ? fromRow(row) : null;
    },
    async findExactMatches(canonicalUrl: string | null, contentHash: string): Promise<ArticleFingerprint[]> {
      return (await query('SELECT * FROM fingerprints WHERE canonical_url = $1 OR content_hash = $2 ORDER BY seq', [canonicalUrl, contentHash])).map(fromRow);
    },
    async findBucketMates(bandKeys: readonly number[], limit: number): Promise<ArticleFingerprint[]> {
      if (bandKeys.length === 0) return [];
      return (await query(`WITH hits AS (
          SELECT b.fingerprint_seq FROM unnest($1::bigint[]) AS k(key)
          CROSS JOIN LATERAL (SELECT fingerprint_seq FROM lsh_buckets WHERE band_key = k.key ORDER BY fingerprint_seq DESC LIMIT $3) b
        ), ranked AS (SELECT fingerprint_seq, count(*) AS shared FROM hits GROUP BY fingerprint_seq)
        SELECT f.* FROM ranked r JOIN fingerprints f ON f.seq = r.fingerprint_seq ORDER BY r.shared DESC, f.seq LIMIT $2`,
      [[...new Set(bandKeys)].map(String), limit, BUCKET_READ_LIMIT])).map(fromRow);
    },
    async putDuplicate(link: DuplicateLink): Promise<void> {
      await query(`INSERT INTO duplicates (article_id, original_id, link) VALUES ($1, $2, $3)
        ON CONFLICT (article_id) DO UPDATE SET original_id = excluded.original_id, link = excluded.link`, [link.articleId, link.originalId, JSON.stringify(link)]);
    },
    async getDuplicate(articleId: string): Promise<DuplicateLink | null> {
      const row = (await query('SELECT link FROM duplicates WHERE article_id = $1', [articleId]))[0];
      return row ? JSON.parse(row.link as string) as DuplicateLink : null;
    },
    async listCopies(originalId: string): Promise<DuplicateLink[]> {
      return (await query('SELECT link FROM duplicates WHERE original_id = $1 ORDER BY article_id', [originalId])).map((row) => JSON.parse(row.link as string) as DuplicateLink);
    },
    async search(text: string, options: { limit?: number } = {}): Promise<SearchHit[]> {
      const tsquery = toTsQueryParts(text);
      if (tsquery === null) return [];
      const rows = await query(`WITH q AS (SELECT ${tsquery.sql} AS query)
        SELECT a.body, ts_headline('english', a.text, q.query, '${SNIPPET_OPTIONS}') AS snippet, ts_rank_cd(a.search, q.query) AS rank
        FROM articles a, q WHERE numnode(q.query) > 0 AND a.search @@ q.query ORDER BY rank DESC, a.seq LIMIT $${tsquery.values.length + 1}`,
      [...tsquery.values, options.limit ?? 20]);
      return rows.map((row) => {
        const article = JSON.parse(row.body as string) as { id: string; title: string | null; outlet: string | null; publishedAt: string | null };
        return { articleId: article.id, title: article.title, outlet: article.outlet, publishedAt: article.publishedAt, snippet: (row.snippet as string).replace(/\s+/g, ' '), score: Number(row.rank) };
      });
    },
  };
}

/** Words ANDed (plainto_tsquery), "quoted words" as phrases (phraseto_tsquery); null when nothing is searchable. */
function toTsQueryParts(text: string): { sql: string; values: string[] } | null {
  const values: string[] = [];
  const parts: string[] = [];
  text.split('"').forEach((piece, index, pieces) => {
    const words = piece.match(/[\p{L}\p{N}_]+/gu) ?? [];
    if (words.length === 0) return;
    values.push(words.join(' '));
    const phrase = index % 2 === 1 && index < pieces.length - 1;
    parts.push(`${phrase ? 'phraseto_tsquery' : 'plainto_tsquery'}('english', $${values.length})`);
  });
  return parts.length === 0 ? null : { sql: parts.join(' && '), values };
}

function unpack<T extends Uint32Array | Float64Array>(buffer: Buffer, Type: { new(buffer: ArrayBuffer): T }): T {
  return new Type(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
}

import type Database from 'better-sqlite3';
import { atomic } from './atomic.js';
import type { ArticleFingerprint, DuplicateLink } from '../../dedup/duplicate-link.js';
import { BUCKET_READ_LIMIT, type DocumentRecord } from '../store.js';

interface FingerprintRow {
  seq: number;
  article_id: string;
  canonical_url: string | null;
  content_hash: string;
  shingle_count: number;
  minhash: Buffer;
  band_keys: Buffer;
  published_at: string | null;
}

/** Ingested documents, dedup fingerprints with their LSH buckets, and copy → original links. */
export function createDedupTables(db: Database.Database) {
  const getDocument = db.prepare<[string], { key: string; article_id: string | null; outcome: string }>('SELECT * FROM documents WHERE key = ?');
  const putDocument = db.prepare('INSERT OR REPLACE INTO documents (key, article_id, outcome) VALUES (?, ?, ?)');
  const getFingerprint = db.prepare<[string], FingerprintRow>('SELECT * FROM fingerprints WHERE article_id = ?');
  const deleteFingerprint = db.prepare('DELETE FROM fingerprints WHERE seq = ?');
  const deleteBuckets = db.prepare('DELETE FROM lsh_buckets WHERE fingerprint_seq = ?');
  const insertFingerprint = db.prepare(`INSERT INTO fingerprints (article_id, canonical_url, content_hash, shingle_count, minhash, band_keys, published_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  // One statement per article, not per key: better-sqlite3's per-statement cost dominates a point write.
  const insertBuckets = db.prepare('INSERT OR IGNORE INTO lsh_buckets (band_key, fingerprint_seq) SELECT value, ? FROM json_each(?)');
  const byUrl = db.prepare<[string], FingerprintRow>('SELECT * FROM fingerprints WHERE canonical_url = ? ORDER BY seq');
  const byContent = db.prepare<[string], FingerprintRow>('SELECT * FROM fingerprints WHERE content_hash = ? ORDER BY seq');
  // All keys in one statement (a UNION ALL of per-key reads, each capped), cached by key count.
  const bucketReads = new Map<number, Database.Statement<number[], { fingerprint_seq: number }>>();
  const readBuckets = (keys: number[]) => {
    let statement = bucketReads.get(keys.length);
    if (!statement) {
      statement = db.prepare<number[], { fingerprint_seq: number }>(keys.map(() =>
        `SELECT * FROM (SELECT fingerprint_seq FROM lsh_buckets WHERE band_key = ? ORDER BY fingerprint_seq DESC LIMIT ${BUCKET_READ_LIMIT})`).join(' UNION ALL '));
      bucketReads.set(keys.length, statement);
    }
    return statement.all(...keys);
  };
  const bySeq = db.prepare<[number], FingerprintRow>('SELECT * FROM fingerprints WHERE seq = ?');
  const putDuplicate = db.prepare('INSERT OR REPLACE INTO duplicates (article_id, original_id, link) VALUES (?, ?, ?)');
  const getDuplicate = db.prepare<[string], { link: string }>('SELECT link FROM duplicates WHERE article_id = ?');
  const copiesOf = db.prepare<[string], { link: string }>('SELECT link FROM duplicates WHERE original_id = ? ORDER BY article_id');

  const putFingerprint = atomic(db, (fingerprint: ArticleFingerprint) => {
    const old = getFingerprint.get(fingerprint.articleId);
    if (old) {
      deleteBuckets.run(old.seq);
      deleteFingerprint.run(old.seq);
    }
    const { lastInsertRowid } = insertFingerprint.run(
      fingerprint.articleId, fingerprint.canonicalUrl, fingerprint.contentHash, fingerprint.shingleCount,
      packUint32(fingerprint.minhash), packFloat64(fingerprint.bandKeys), fingerprint.publishedAt);
    if (fingerprint.bandKeys.length > 0) insertBuckets.run(lastInsertRowid, JSON.stringify(fingerprint.bandKeys));
  });

  return {
    getDocument(key: string): DocumentRecord | null {
      const row = getDocument.get(key);
      return row ? { key: row.key, articleId: row.article_id, outcome: row.outcome as DocumentRecord['outcome'] } : null;
    },
    putDocument: (record: DocumentRecord) => { putDocument.run(record.key, record.articleId, record.outcome); },
    putFingerprint,
    getFingerprint: (articleId: string) => fromRow(getFingerprint.get(articleId)),
    findExactMatches(canonicalUrl: string | null, contentHash: string): ArticleFingerprint[] {
      const rows = new Map<number, FingerprintRow>();
      if (canonicalUrl !== null) for (const row of byUrl.all(canonicalUrl)) rows.set(row.seq, row);
      for (const row of byContent.all(contentHash)) rows.set(row.seq, row);
      return [...rows.values()].sort((a, b) => a.seq - b.seq).map((row) => fromRow(row) as ArticleFingerprint);
    },
    findBucketMates(bandKeys: readonly number[], limit: number): ArticleFingerprint[] {
      const shared = new Map<number, number>();
      const keys = [...new Set(bandKeys)];
      if (keys.length === 0) return [];
      for (const row of readBuckets(keys)) shared.set(row.fingerprint_seq, (shared.get(row.fingerprint_seq) ?? 0) + 1);
      return [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit)
        .map(([seq]) => fromRow(bySeq.get(seq)) as ArticleFingerprint);
    },
    putDuplicate: (link: DuplicateLink) => { putDuplicate.run(link.articleId, link.originalId, JSON.stringify(link)); },
    getDuplicate(articleId: string): DuplicateLink | null {
      const row = getDuplicate.get(articleId);
      return row ? JSON.parse(row.link) as DuplicateLink : null;
    },
    listCopies: (originalId: string) => copiesOf.all(originalId).map((row) => JSON.parse(row.link) as DuplicateLink),
  };
}

function fromRow(row: FingerprintRow | undefined): ArticleFingerprint | null {
  if (!row) return null;
  return {
    articleId: row.article_id, canonicalUrl: row.canonical_url, contentHash: row.content_hash,
    shingleCount: row.shingle_count, minhash: unpackUint32(row.minhash), bandKeys: unpackFloat64(row.band_keys),
    publishedAt: row.published_at,
  };
}

const packUint32 = (values: readonly number[]) => Buffer.from(Uint32Array.from(values).buffer);
const packFloat64 = (values: readonly number[]) => Buffer.from(Float64Array.from(values).buffer);
function unpackUint32(buffer: Buffer): number[] {
  return [...new Uint32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength))];
}
function unpackFloat64(buffer: Buffer): number[] {
  return [...new Float64Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength))];
}

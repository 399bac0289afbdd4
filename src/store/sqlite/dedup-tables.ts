import type Database from 'better-sqlite3';
import { atomic } from './atomic.js';
import type { ArticleFingerprint, DuplicateLink } from '../../dedup/duplicate-link.js';
import { BUCKET_READ_LIMIT, type DocumentRecord } from '../store.js';
import { BucketIndex } from './bucket-index.js';

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

/**
 * Ingested documents, dedup fingerprints, and copy → original links. LSH buckets are an index in
 * memory (bucket-index.ts) built from the fingerprints' stored keys on first use, then kept up to
 * date by this connection's writes, by rows other connections add (seen through data_version),
 * and rebuilt after a rollback (`discardBucketIndex`), which may have undone writes it had seen.
 */
export function createDedupTables(db: Database.Database) {
  const getDocument = db.prepare<[string], { key: string; article_id: string | null; outcome: string }>('SELECT * FROM documents WHERE key = ?');
  const putDocument = db.prepare('INSERT OR REPLACE INTO documents (key, article_id, outcome) VALUES (?, ?, ?)');
  const getFingerprint = db.prepare<[string], FingerprintRow>('SELECT * FROM fingerprints WHERE article_id = ?');
  const deleteFingerprint = db.prepare('DELETE FROM fingerprints WHERE seq = ?');
  const insertFingerprint = db.prepare(`INSERT INTO fingerprints (article_id, canonical_url, content_hash, shingle_count, minhash, band_keys, published_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const byUrl = db.prepare<[string], FingerprintRow>('SELECT * FROM fingerprints WHERE canonical_url = ? ORDER BY seq');
  const byContent = db.prepare<[string], FingerprintRow>('SELECT * FROM fingerprints WHERE content_hash = ? ORDER BY seq');
  const keysFrom = db.prepare<[number], { seq: number; band_keys: Buffer }>('SELECT seq, band_keys FROM fingerprints WHERE seq >= ? ORDER BY seq');
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  const bySeq = db.prepare<[number], FingerprintRow>('SELECT * FROM fingerprints WHERE seq = ?');
  const putDuplicate = db.prepare('INSERT OR REPLACE INTO duplicates (article_id, original_id, link) VALUES (?, ?, ?)');
  const getDuplicate = db.prepare<[string], { link: string }>('SELECT link FROM duplicates WHERE article_id = ?');
  const copiesOf = db.prepare<[string], { link: string }>('SELECT link FROM duplicates WHERE original_id = ? ORDER BY article_id');

  let buckets: BucketIndex | null = null;
  /** The stored keys of the index's newest entry: a replaced newest row keeps its seq. */
  let newestKeys: Buffer | null = null;
  let seenDataVersion = -1;
  const addToIndex = (index: BucketIndex, seq: number, keys: Buffer): boolean => {
    if (!index.add(seq, unpackFloat64(keys))) return false;
    newestKeys = keys;
    return true;
  };
  /** Rows from the index's newest seq on: all of them on first use, then what other connections wrote. */
  const loadKeys = (index: BucketIndex): boolean => {
    const newestSeq = index.lastSeq;
    for (const row of keysFrom.iterate(newestSeq)) {
      if (row.seq === newestSeq && newestSeq > 0) {
        if (newestKeys !== null && row.band_keys.equals(newestKeys)) continue;
        index.remove(newestSeq);
      }
      if (!addToIndex(index, row.seq, row.band_keys)) return false;
    }
    return true;
  };
  const bucketIndex = (): BucketIndex => {
    const version = dataVersion.get() as number;
    if (buckets && version !== seenDataVersion && !loadKeys(buckets)) buckets = null;
    if (!buckets) {
      buckets = new BucketIndex();
      loadKeys(buckets);
    }
    seenDataVersion = version;
    return buckets;
  };

  const writeFingerprint = atomic(db, (fingerprint: ArticleFingerprint) => {
    const old = getFingerprint.get(fingerprint.articleId);
    if (old) deleteFingerprint.run(old.seq);
    const keys = packFloat64(fingerprint.bandKeys);
    const { lastInsertRowid } = insertFingerprint.run(
      fingerprint.articleId, fingerprint.canonicalUrl, fingerprint.contentHash, fingerprint.shingleCount,
      packUint32(fingerprint.minhash), keys, fingerprint.publishedAt);
    return { oldSeq: old?.seq ?? null, seq: Number(lastInsertRowid), keys };
  });
  const putFingerprint = (fingerprint: ArticleFingerprint) => {
    let written: { oldSeq: number | null; seq: number; keys: Buffer };
    try {
      written = writeFingerprint(fingerprint);
    } catch (error) {
      buckets = null;
      throw error;
    }
    // An index not built yet will read this row when it is.
    if (!buckets) return;
    if (written.oldSeq !== null) buckets.remove(written.oldSeq);
    // Rows another connection committed before this one come first, and are read with it.
    if (dataVersion.get() !== seenDataVersion) bucketIndex();
    else if (!addToIndex(buckets, written.seq, written.keys)) buckets = null;
  };

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
      const keys = [...new Set(bandKeys)];
      if (keys.length === 0) return [];
      const shared = bucketIndex().sharedCounts(keys, BUCKET_READ_LIMIT);
      // A row another connection deleted or replaced is dropped here rather than returned stale.
      return [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit)
        .map(([seq]) => fromRow(bySeq.get(seq)))
        .filter((mate): mate is ArticleFingerprint => mate !== null && mate.bandKeys.some((key) => keys.includes(key)));
    },
    /** After a rollback: the index may hold rows that are gone, so it is built again on next use. */
    discardBucketIndex(): void {
      buckets = null;
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

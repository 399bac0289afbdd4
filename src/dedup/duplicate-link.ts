import type { Span } from '../model/index.js';

/** How a stored article relates to the original it copies. Exact duplicates are never stored as articles. */
export type DuplicateKind = 'near-duplicate' | 'wire-copy';

/**
 * What a republisher changed against the original: spans of paragraphs it added (into the
 * copy's text) and removed (into the original's text), and whether title or lede differ.
 */
export interface CopyChanges {
  titleChanged: boolean;
  originalTitle: string | null;
  copyTitle: string | null;
  /** The first paragraph differs (a rewritten or added lede). */
  ledeChanged: boolean;
  paragraphsAdded: Span[];
  paragraphsRemoved: Span[];
}

/** A stored copy pointing at its original (the earliest published of the group). */
export interface DuplicateLink {
  articleId: string;
  originalId: string;
  kind: DuplicateKind;
  /** Jaccard similarity of the two texts' word shingles, 0–1. */
  jaccard: number;
  /** Share of the copy's shingles found in the original, 0–1. */
  containment: number;
  changes: CopyChanges;
}

/**
 * The dedup fingerprint of one stored article. `minhash` holds MINHASH_SIZE unsigned 32-bit
 * values; `bandKeys` the bucket keys that find candidates (safe integers): the LSH bands of the
 * MinHash, then one key per long paragraph (paragraph-keys.ts).
 */
export interface ArticleFingerprint {
  articleId: string;
  canonicalUrl: string | null;
  /** Hash of the dedup-normalized words: equal for texts that differ only in case, punctuation, spacing. */
  contentHash: string;
  shingleCount: number;
  minhash: number[];
  bandKeys: number[];
  publishedAt: string | null;
}

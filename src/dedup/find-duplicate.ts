import type { Article } from '../model/index.js';
import type { ArticleFingerprint } from './duplicate-link.js';
import { ESTIMATE_MARGIN, MAX_CANDIDATES, MIN_SHARED_PARAGRAPHS, NEAR_DUPLICATE_MIN_JACCARD, WIRE_COPY_MIN_CONTAINMENT, WIRE_COPY_MIN_SHARED_SHINGLES } from './dedup-thresholds.js';
import { estimateJaccard } from './minhash.js';
import { isParagraphKey } from './paragraph-keys.js';
import type { ShingleHasher } from './shingles.js';
import { createShingleCache, type ShingleCache } from './shingle-cache.js';
import { estimateContainment, measureOverlap, shingleSet } from './text-overlap.js';

/** What dedup reads from the store (the Store interface provides it). */
export interface DedupLookup {
  findExactMatches(canonicalUrl: string | null, contentHash: string): Promise<ArticleFingerprint[]>;
  findBucketMates(bandKeys: readonly number[], limit: number): Promise<ArticleFingerprint[]>;
  /** A stored article's text alone: a candidate check needs nothing else, and parsing the rest cost more than the check. */
  getArticleText(id: string): Promise<string | null>;
}

/**
 * What a new article is to the stored ones: the same text (exact), the same page again with other
 * text (same URL: a new version of that article), a near-duplicate or wire copy of a stored
 * article (`matchId`), or nothing known (original).
 */
export type DedupVerdict =
  | { kind: 'original' }
  | { kind: 'exact-duplicate'; matchId: string }
  | { kind: 'same-url'; matchId: string }
  | { kind: 'near-duplicate' | 'wire-copy'; matchId: string; jaccard: number; containment: number };

/** `cache`: shingle sets of stored articles kept across calls (ingest keeps one per run). */
export async function findDuplicate(article: Article, fingerprint: ArticleFingerprint, lookup: DedupLookup, hasher: ShingleHasher, cache?: ShingleCache): Promise<DedupVerdict> {
  if (fingerprint.shingleCount === 0) return { kind: 'original' };
  const exact = (await lookup.findExactMatches(fingerprint.canonicalUrl, fingerprint.contentHash))
    .filter((match) => match.articleId !== article.id);
  const sameText = exact.find((match) => match.contentHash === fingerprint.contentHash);
  if (sameText) return { kind: 'exact-duplicate', matchId: sameText.articleId };
  const sameUrl = exact.find((match) => match.canonicalUrl !== null && match.canonicalUrl === fingerprint.canonicalUrl);
  if (sameUrl) return { kind: 'same-url', matchId: sameUrl.articleId };
  return findCopy(article, fingerprint, lookup, hasher, cache ?? createShingleCache(hasher, MAX_CANDIDATES));
}

async function findCopy(article: Article, fingerprint: ArticleFingerprint, lookup: DedupLookup, hasher: ShingleHasher, cache: ShingleCache): Promise<DedupVerdict> {
  const ownParagraphs = new Set(fingerprint.bandKeys.filter(isParagraphKey));
  const mates = (await lookup.findBucketMates(fingerprint.bandKeys, MAX_CANDIDATES))
    .filter((mate) => mate.articleId !== article.id && worthChecking(fingerprint, ownParagraphs, mate));
  if (mates.length === 0) return { kind: 'original' };
  const ownShingles = shingleSet(article.text, hasher);
  let best: DedupVerdict = { kind: 'original' };
  let bestScore = 0;
  for (const mate of mates) {
    const storedShingles = await cache.get(mate.articleId, mate.contentHash, () => lookup.getArticleText(mate.articleId));
    if (storedShingles === null) continue;
    const overlap = measureOverlap(ownShingles, storedShingles);
    const kind = overlap.jaccard >= NEAR_DUPLICATE_MIN_JACCARD ? 'near-duplicate'
      : overlap.containment >= WIRE_COPY_MIN_CONTAINMENT && overlap.sharedShingles >= WIRE_COPY_MIN_SHARED_SHINGLES ? 'wire-copy'
        : null;
    // Best match: the most shared text; ties keep the earliest stored (mates come oldest first).
    const score = overlap.jaccard + overlap.containment;
    if (kind !== null && score > bestScore) {
      best = { kind, matchId: mate.articleId, jaccard: round(overlap.jaccard), containment: round(overlap.containment) };
      bestScore = score;
    }
  }
  return best;
}

function worthChecking(own: ArticleFingerprint, ownParagraphs: ReadonlySet<number>, mate: ArticleFingerprint): boolean {
  if (mate.bandKeys.filter((key) => ownParagraphs.has(key)).length >= MIN_SHARED_PARAGRAPHS) return true;
  const jaccard = estimateJaccard(own.minhash, mate.minhash);
  if (jaccard >= NEAR_DUPLICATE_MIN_JACCARD - ESTIMATE_MARGIN) return true;
  return estimateContainment(jaccard, own.shingleCount, mate.shingleCount) >= WIRE_COPY_MIN_CONTAINMENT - ESTIMATE_MARGIN;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

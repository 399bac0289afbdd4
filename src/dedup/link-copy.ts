import type { Article } from '../model/index.js';
import { describeCopyChanges } from './copy-changes.js';
import { NEAR_DUPLICATE_MIN_JACCARD } from './dedup-thresholds.js';
import type { DuplicateLink } from './duplicate-link.js';
import type { ShingleHasher } from './shingles.js';
import { measureOverlap, shingleSet } from './text-overlap.js';

/** What linking copies writes and reads (the Store interface provides it). */
export interface CopyRegistry {
  getArticle(id: string): Promise<Article | null>;
  getDuplicate(articleId: string): Promise<DuplicateLink | null>;
  putDuplicate(link: DuplicateLink): Promise<void>;
  listCopies(originalId: string): Promise<DuplicateLink[]>;
}

/** The outcome: which article is the group's original now, and whether the new one took that place. */
export interface CopyLinked {
  originalId: string;
  newIsOriginal: boolean;
}

/**
 * Links a new article into the copy group of `matchId`. One original per group, the earliest
 * published (ties: the first stored); when the new article predates the group's original, it
 * becomes the original and every member is relinked to it, with its changes measured again.
 */
export async function linkCopy(registry: CopyRegistry, hasher: ShingleHasher, article: Article, matchId: string): Promise<CopyLinked> {
  const groupOriginalId = (await registry.getDuplicate(matchId))?.originalId ?? matchId;
  const groupOriginal = await registry.getArticle(groupOriginalId);
  if (!groupOriginal) return { originalId: article.id, newIsOriginal: true };
  if (!publishedBefore(article, groupOriginal)) {
    await registry.putDuplicate(makeLink(groupOriginal, article, hasher));
    return { originalId: groupOriginal.id, newIsOriginal: false };
  }
  const members = [groupOriginalId, ...(await registry.listCopies(groupOriginalId)).map((link) => link.articleId)];
  for (const memberId of members) {
    const member = await registry.getArticle(memberId);
    if (member) await registry.putDuplicate(makeLink(article, member, hasher));
  }
  return { originalId: article.id, newIsOriginal: true };
}

function makeLink(original: Article, copy: Article, hasher: ShingleHasher): DuplicateLink {
  const overlap = measureOverlap(shingleSet(original.text, hasher), shingleSet(copy.text, hasher));
  return {
    articleId: copy.id,
    originalId: original.id,
    kind: overlap.jaccard >= NEAR_DUPLICATE_MIN_JACCARD ? 'near-duplicate' : 'wire-copy',
    jaccard: round(overlap.jaccard),
    containment: round(overlap.containment),
    changes: describeCopyChanges(original, copy, hasher),
  };
}

/** Strictly earlier publication; an unknown date counts as later than any known one. */
export function publishedBefore(a: Article, b: Article): boolean {
  const timeA = a.publishedAt ? Date.parse(a.publishedAt) : Number.NaN;
  const timeB = b.publishedAt ? Date.parse(b.publishedAt) : Number.NaN;
  if (Number.isNaN(timeA)) return false;
  if (Number.isNaN(timeB)) return true;
  return timeA < timeB;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

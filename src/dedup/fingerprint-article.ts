import type { Article } from '../model/index.js';
import { stableHash } from '../text/hash.js';
import { canonicalUrl } from './canonical-url.js';
import { dedupLine } from './dedup-words.js';
import type { ArticleFingerprint } from './duplicate-link.js';
import { lshBandKeys, minhashSignature } from './minhash.js';
import { paragraphKeys } from './paragraph-keys.js';
import type { ShingleHasher } from './shingles.js';

/** Everything dedup needs to find an article's duplicates: URL form, content hash, MinHash, LSH and paragraph keys. */
export function fingerprintArticle(article: Article, hasher: ShingleHasher): ArticleFingerprint {
  const line = dedupLine(article.text);
  const shingles = hasher.lineShingleHashes(line);
  const minhash = minhashSignature(shingles);
  return {
    articleId: article.id,
    canonicalUrl: canonicalUrl(article.url),
    contentHash: stableHash(line),
    shingleCount: shingles.length,
    minhash,
    bandKeys: shingles.length > 0 ? [...lshBandKeys(minhash), ...paragraphKeys(article.text)] : [],
    publishedAt: article.publishedAt,
  };
}

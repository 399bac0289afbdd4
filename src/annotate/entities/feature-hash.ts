/**
 * FNV-1a over UTF-16 code units, fed piece by piece. A feature such as `w-1w=${before}|${word}`
 * lands in the same bucket whether its string is built and hashed or its parts are fed in turn,
 * so the tagger hashes its ~40 features per token without building a string for any of them
 * (building those strings, and collecting them, was half of tagging time). The buckets are those
 * of the committed weights: changing this hash means retraining.
 */

/** The state before any character: FNV-1a's offset basis, as a 32-bit integer. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** The state after feeding `text[start, end)`. */
export function feed(state: number, text: string, start = 0, end = text.length): number {
  let hash = state;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash;
}

/** The state after feeding `first`, a `|` and `second`: the joined features `a|b`. */
export function feedPair(state: number, first: string, second: string): number {
  return feed(Math.imul(feed(state, first) ^ 0x7c, FNV_PRIME), second);
}

/** The state after a template's prefix ("w-1="), computed once per template. */
export function prefixState(prefix: string): number {
  return feed(FNV_OFFSET, prefix);
}

/** The bucket a state falls in, among 2^bits. */
export function bucketOf(state: number, bits: number): number {
  return (state >>> 0) & ((1 << bits) - 1);
}

/** The bucket of a whole feature string. */
export function hashFeature(feature: string, bits: number): number {
  return bucketOf(feed(FNV_OFFSET, feature), bits);
}

/** Honorifics dropped from keys: they are not part of a name. */
const HONORIFICS = /^(?:mr|mrs|ms|miss|dr|sir|dame|prof)\.?\s+/;

/**
 * The key that matches one entity across articles: accents folded, lowercase, honorifics,
 * possessives and periods dropped ("Mr. Lavrov’s" → "lavrov", "U.S." → "us").
 */
export function entityKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= MAX_CACHED_KEYS) keyCache.clear();
    key = foldName(name);
    keyCache.set(name, key);
  }
  return key;
}

/**
 * Keys of names seen before: an article names the same people again and again, and the folding
 * below (Unicode normalization and seven regular expressions) was a tenth of finding entities.
 * Bounded; when full it starts over.
 */
const MAX_CACHED_KEYS = 10_000;
const keyCache = new Map<string, string>();

function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}&-]+/gu, ' ')
    .trim()
    .replace(HONORIFICS, '')
    // A middle initial is written by some outlets only: "Dmitry S. Peskov" is "dmitry peskov".
    .replace(/(\p{L}{2,}) (?:\p{L} )+(?=\p{L}{2,})/gu, '$1 ');
}

/** A name word as compared inside one article: folded, and "al-Assad" matches "Assad". */
export function nameWord(word: string): string {
  return entityKey(word).replace(/^(?:al|el)-/, '');
}

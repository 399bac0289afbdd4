/**
 * Words per shingle. Three: long enough that two independent reports of one event rarely share
 * a shingle beyond stock phrases ("said on Tuesday"), short enough that one edited word changes
 * only three shingles, so a copy edit barely moves the similarity.
 */
export const SHINGLE_WORDS = 3;

export interface ShingleHasher {
  /** The distinct 32-bit hashes of a word list's shingles (a text shorter than one shingle gives one). */
  shingleHashes(words: readonly string[]): Uint32Array;
}

let loading: Promise<ShingleHasher> | undefined;

/**
 * The shingle hasher, loaded once per thread. Each word is hashed with FNV-1a over its UTF-16
 * code units (for words of a few letters this beats a call into xxhash-wasm, which must encode
 * each string first), a shingle's hash is combined from its words' hashes in order with
 * murmur3's mixer (no shingle string is ever built), and duplicates are removed by sorting.
 * Async so a WebAssembly hash can come back without changing callers.
 */
export function loadShingleHasher(): Promise<ShingleHasher> {
  loading ??= Promise.resolve({ shingleHashes });
  return loading;
}

function shingleHashes(words: readonly string[]): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const hashes = new Uint32Array(words.length);
  for (let index = 0; index < words.length; index += 1) hashes[index] = fnv1a(words[index] as string);
  const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
  const shingles = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) {
    let hash = 0x2545f491;
    const end = Math.min(index + SHINGLE_WORDS, hashes.length);
    for (let offset = index; offset < end; offset += 1) hash = mix32(Math.imul(hash, 0x9e3779b1) ^ (hashes[offset] as number));
    shingles[index] = hash;
  }
  shingles.sort();
  let unique = 0;
  for (let index = 0; index < shingles.length; index += 1) {
    if (index === 0 || shingles[index] !== shingles[unique - 1]) shingles[unique++] = shingles[index] as number;
  }
  return shingles.slice(0, unique);
}

function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** murmur3's 32-bit finalizer. */
export function mix32(value: number): number {
  let hash = value;
  hash ^= hash >>> 16; hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13; hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

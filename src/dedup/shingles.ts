import xxhash from 'xxhash-wasm';

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

/** The shingle hasher (xxhash32 in WebAssembly, about 4M hashes/s here), loaded once per thread. */
export function loadShingleHasher(): Promise<ShingleHasher> {
  loading ??= xxhash().then(({ h32 }) => ({
    shingleHashes(words: readonly string[]): Uint32Array {
      if (words.length === 0) return new Uint32Array(0);
      const count = Math.max(1, words.length - SHINGLE_WORDS + 1);
      const hashes = new Set<number>();
      for (let index = 0; index < count; index += 1) {
        hashes.add(h32(words.slice(index, index + SHINGLE_WORDS).join(' ')) >>> 0);
      }
      return Uint32Array.from(hashes);
    },
  }));
  return loading;
}

import { mix32 } from '../text/hash.js';
import { lineWordCount } from './dedup-words.js';

/**
 * Words per shingle. Three: long enough that two independent reports of one event rarely share
 * a shingle beyond stock phrases ("said on Tuesday"), short enough that one edited word changes
 * only three shingles, so a copy edit barely moves the similarity.
 */
export const SHINGLE_WORDS = 3;

export interface ShingleHasher {
  /** The distinct 32-bit hashes of a word list's shingles, ascending (a text shorter than one shingle gives one). */
  shingleHashes(words: readonly string[]): Uint32Array;
  /** The same for the words of a line that separates them by single spaces (dedup-words.ts `dedupLine`). */
  lineShingleHashes(line: string): Uint32Array;
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
  loading ??= Promise.resolve({ shingleHashes, lineShingleHashes });
  return loading;
}

function shingleHashes(words: readonly string[]): Uint32Array {
  const hashes = new Uint32Array(words.length);
  for (let index = 0; index < words.length; index += 1) hashes[index] = fnv1a(words[index] as string);
  return shinglesOfWords(hashes);
}

const SPACE = 0x20;

/** As shingleHashes over `line.split(' ')`, hashing each word in place instead of cutting it out. */
function lineShingleHashes(line: string): Uint32Array {
  if (line.length === 0) return new Uint32Array(0);
  const hashes = new Uint32Array(lineWordCount(line));
  let word = 0;
  let hash = FNV_OFFSET;
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code === SPACE) {
      hashes[word++] = hash >>> 0;
      hash = FNV_OFFSET;
    } else {
      hash = Math.imul(hash ^ code, FNV_PRIME);
    }
  }
  hashes[word] = hash >>> 0;
  return shinglesOfWords(hashes);
}

/** Distinct shingle hashes, ascending, of the words' hashes in text order. */
function shinglesOfWords(hashes: Uint32Array): Uint32Array {
  if (hashes.length === 0) return new Uint32Array(0);
  const count = Math.max(1, hashes.length - SHINGLE_WORDS + 1);
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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv1a(word: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < word.length; index += 1) hash = Math.imul(hash ^ word.charCodeAt(index), FNV_PRIME);
  return hash >>> 0;
}

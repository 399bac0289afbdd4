/**
 * MinHash signatures and their LSH bands. LSH_BANDS × LSH_ROWS = MINHASH_SIZE: a pair with
 * Jaccard J shares at least one band with probability 1 − (1 − J³)²⁰: 0.99 at J = 0.6, 0.93 at
 * 0.5, 0.73 at 0.4, 0.42 at 0.3, under 2·10⁻⁵ at 0.01 (unrelated articles). Three rows per band
 * rather than four or five: wire copies with a new lede and a cut ending fall to J ≈ 0.4–0.6
 * and must still meet as candidates; each candidate is then checked on the exact shingle sets.
 */
export const LSH_BANDS = 20;
export const LSH_ROWS = 3;
export const MINHASH_SIZE = LSH_BANDS * LSH_ROWS;

/** One odd 32-bit seed per permutation, from a fixed xorshift stream (the same on every machine). */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE);
  let state = 0x9e3779b9;
  for (let index = 0; index < MINHASH_SIZE; index += 1) {
    state ^= state << 13; state ^= state >>> 17; state ^= state << 5;
    seeds[index] = (state >>> 0) | 1;
  }
  return seeds;
})();

/** murmur3's 32-bit finalizer: a cheap bijective mix, so each seed acts as one permutation. */
function mix(value: number): number {
  let hash = value;
  hash ^= hash >>> 16; hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13; hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The MinHash signature of a set of shingle hashes (all 0xffffffff for an empty set). */
export function minhashSignature(shingles: Uint32Array): number[] {
  const minimums = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let index = 0; index < MINHASH_SIZE; index += 1) {
      const value = mix(shingle ^ (SEEDS[index] as number));
      if (value < (minimums[index] as number)) minimums[index] = value;
    }
  }
  return [...minimums];
}

/** The share of equal positions: an unbiased estimate of the two sets' Jaccard similarity. */
export function estimateJaccard(a: readonly number[], b: readonly number[]): number {
  let equal = 0;
  for (let index = 0; index < MINHASH_SIZE; index += 1) if (a[index] === b[index]) equal += 1;
  return equal / MINHASH_SIZE;
}

/** One bucket key per band: the band number in the high bits, a hash of its rows below (safe integers). */
export function lshBandKeys(signature: readonly number[]): number[] {
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band += 1) {
    let hash = band + 1;
    for (let row = 0; row < LSH_ROWS; row += 1) hash = mix(hash ^ mix(signature[band * LSH_ROWS + row] as number));
    keys.push(band * 2 ** 32 + hash);
  }
  return keys;
}

import { mix32 } from '../text/hash.js';

/**
 * An open-addressing table from a feature (a word, name or number) to its id and document
 * count, kept in one typed array: each slot holds the feature's 64-bit hash, its id + 1 (0: an
 * empty slot) and its count, 16 bytes side by side.
 *
 * Why not a Map from feature to id: on ingest's main thread, SQLite, the dedup index and the
 * stories push the table out of the CPU caches between two articles, and a Map lookup of a
 * string that arrived from another thread then costs several cache misses (its bucket, its entry,
 * the stored key's characters): 230 µs for an article's ~420 features against 35 µs with the
 * table in cache, 0.19 ms an article in the profile of the first 200,000 bench:ingest documents.
 * Here a lookup hashes the feature (its characters are in cache: the article just arrived) and
 * reads one slot: 47 µs an article cold.
 *
 * Features are told apart by their 64-bit hash alone, not compared character by character (that
 * would read the stored string, the miss this table avoids). Two distinct features share a hash
 * with probability about n² / 2⁶⁵ over n features: 3 × 10⁻⁸ for a million. They would then count
 * as one feature (one id, one count), as in any hashed feature space.
 */
export interface FeatureSlots {
  /** 4 Int32 per slot: hash low, hash high, id + 1, count. Its slot count is a power of two. */
  slots: Int32Array;
  /** Features held. */
  size: number;
}

const SLOT_INTS = 4;
const INITIAL_SLOTS = 1024;

export function createFeatureSlots(): FeatureSlots {
  return { slots: new Int32Array(INITIAL_SLOTS * SLOT_INTS), size: 0 };
}

// The last feature's hash halves, set by hashFeature: two numbers without an array per call.
let hashLow = 0;
let hashHigh = 0;

/**
 * Two 32-bit hashes of the feature's UTF-16 code units in one pass (FNV-1a, and a
 * multiply-xorshift with another seed), each finished by murmur3's mix so the low bits index the
 * table well; kept signed, as the Int32Array slots hold them.
 */
function hashFeature(feature: string): void {
  let low = 0x811c9dc5 | 0;
  let high = 0x2545f491 ^ feature.length;
  for (let at = 0; at < feature.length; at += 1) {
    const unit = feature.charCodeAt(at);
    low = Math.imul(low ^ unit, 0x01000193);
    high = Math.imul(high ^ unit, 0x5bd1e995);
    high ^= high >>> 13;
  }
  hashLow = mix32(low) | 0;
  hashHigh = mix32(high) | 0;
}

/** The offset in `slots` of the feature's slot, or of the empty slot where it would go. */
function probe(table: FeatureSlots): number {
  const { slots } = table;
  const mask = slots.length / SLOT_INTS - 1;
  for (let slot = hashLow & mask; ; slot = (slot + 1) & mask) {
    const offset = slot * SLOT_INTS;
    if (slots[offset + 2] === 0) return offset;
    if (slots[offset] === hashLow && slots[offset + 1] === hashHigh) return offset;
  }
}

/** The feature's id, or -1 when the table does not hold it. */
export function findFeature(table: FeatureSlots, feature: string): number {
  hashFeature(feature);
  const offset = probe(table);
  return (table.slots[offset + 2] as number) - 1;
}

/**
 * The offset of the feature's slot (for idAt, countAt, setCount), added with the next id and a
 * count of 0 if it is new. Offsets change when the table grows: use one before the next call.
 */
export function slotOfFeature(table: FeatureSlots, feature: string): number {
  hashFeature(feature);
  let offset = probe(table);
  if (table.slots[offset + 2] !== 0) return offset;
  // Kept at most half full, so probes stay short.
  if (2 * (table.size + 1) > table.slots.length / SLOT_INTS) {
    grow(table);
    offset = probe(table);
  }
  table.size += 1;
  table.slots[offset] = hashLow;
  table.slots[offset + 1] = hashHigh;
  table.slots[offset + 2] = table.size;
  return offset;
}

/** The id of the feature in the slot at `offset`. */
export function idAt(table: FeatureSlots, offset: number): number {
  return (table.slots[offset + 2] as number) - 1;
}

/** The count of the feature in the slot at `offset`. */
export function countAt(table: FeatureSlots, offset: number): number {
  return table.slots[offset + 3] as number;
}

export function setCount(table: FeatureSlots, offset: number, count: number): void {
  table.slots[offset + 3] = count;
}

function grow(table: FeatureSlots): void {
  const old = table.slots;
  const slots = new Int32Array(old.length * 2);
  const mask = slots.length / SLOT_INTS - 1;
  for (let offset = 0; offset < old.length; offset += SLOT_INTS) {
    if (old[offset + 2] === 0) continue;
    let slot = (old[offset] as number) & mask;
    while (slots[slot * SLOT_INTS + 2] !== 0) slot = (slot + 1) & mask;
    slots.set(old.subarray(offset, offset + SLOT_INTS), slot * SLOT_INTS);
  }
  table.slots = slots;
}

/** Every feature's count, by id. */
export function countsById(table: FeatureSlots): Int32Array {
  const counts = new Int32Array(table.size);
  const { slots } = table;
  for (let offset = 0; offset < slots.length; offset += SLOT_INTS) {
    const id = (slots[offset + 2] as number) - 1;
    if (id >= 0) counts[id] = slots[offset + 3] as number;
  }
  return counts;
}

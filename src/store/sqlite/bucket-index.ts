/**
 * LSH bucket keys → fingerprint seqs, in memory. A table of (key, seq) rows costs every article
 * about 28 random-key B-tree inserts, each dirtying a page of its own once the index outgrows a
 * commit: at a million articles those writes were most of what the disk did. The keys are kept
 * with their fingerprints anyway, so the store holds this index in memory and rebuilds it from them.
 *
 * Memory is 8 bytes an entry (a key's low 32 bits and an entry number), about 230 MB at a million
 * articles of 28 keys: keys are split into partitions by their high bits (an LSH band, or a range
 * of paragraph keys), and each partition keeps its entries as sorted runs merged like a binary
 * counter (log-many runs, each entry moved log-many times) plus a small unsorted buffer of the newest.
 */

/**
 * Unsorted entries a partition collects before sorting them into a run. Every lookup scans the
 * buffer of each key's partition: at a million articles' keys, 256 took a lookup of an article's
 * 28 keys from about 135 to 95 µs against 1024 (a couple more runs to search, each cheap).
 */
const BUFFER_CAPACITY = 256;
const PARTITION_SPAN = 2 ** 32;

interface Run {
  lows: Uint32Array;
  entries: Int32Array;
  /** Every FENCE_STRIDE-th low key: a lookup searches these, then one stretch of the run. */
  fences: Uint32Array;
}

/**
 * A binary search over a run of a million-article partition touched about 20 cache lines, and a
 * lookup searches a run per key for each of an article's 28 keys: most of the index's time was
 * waiting for memory. The fences are 1/64 of the run, so far fewer of their lines are cold, and
 * the stretch searched after them is 4 lines.
 */
const FENCE_STRIDE = 64;

function makeRun(lows: Uint32Array, entries: Int32Array): Run {
  const fences = new Uint32Array(Math.ceil(lows.length / FENCE_STRIDE));
  for (let fence = 0; fence < fences.length; fence += 1) fences[fence] = lows[fence * FENCE_STRIDE] as number;
  return { lows, entries, fences };
}

interface Partition {
  bufferLows: Uint32Array;
  bufferEntries: Int32Array;
  bufferLength: number;
  /** Oldest first: every entry of a run is older than every entry of the runs after it. */
  runs: Run[];
}

export class BucketIndex {
  private readonly partitions = new Map<number, Partition>();
  /** Entry number → its fingerprint's seq; non-decreasing, since SQLite gives a new row max(seq) + 1. */
  private entrySeqs = new Float64Array(1024);
  private dead = new Uint8Array(1024);
  private entryCount = 0;

  /** The seq of the newest entry, 0 when empty. */
  get lastSeq(): number {
    return this.entryCount === 0 ? 0 : this.entrySeqs[this.entryCount - 1] as number;
  }

  /**
   * Adds a fingerprint's keys (non-negative safe integers). Returns false, adding nothing, when
   * `seq` is lower than the newest entry's: the caller's picture is out of order and must rebuild.
   */
  add(seq: number, keys: readonly number[]): boolean {
    if (seq < this.lastSeq) return false;
    const entry = this.newEntry(seq);
    for (const key of keys) {
      const high = Math.floor(key / PARTITION_SPAN);
      const partition = this.partitionOf(high);
      partition.bufferLows[partition.bufferLength] = key - high * PARTITION_SPAN;
      partition.bufferEntries[partition.bufferLength] = entry;
      partition.bufferLength += 1;
      if (partition.bufferLength === BUFFER_CAPACITY) flushBuffer(partition);
    }
    return true;
  }

  /** Forgets the live entry of `seq` (its fingerprint was deleted); a no-op when there is none. */
  remove(seq: number): void {
    // The last entry with this seq is the live one: a seq is only given again once its row is gone.
    let low = 0;
    let high = this.entryCount;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.entrySeqs[middle] as number) <= seq) low = middle + 1;
      else high = middle;
    }
    const entry = low - 1;
    if (entry >= 0 && this.entrySeqs[entry] === seq) this.dead[entry] = 1;
  }

  /**
   * For each key, its newest `perKey` live entries; returns seq → how many of `keys` it shares.
   * Keys should be distinct (a repeated key counts twice).
   */
  sharedCounts(keys: readonly number[], perKey: number): Map<number, number> {
    const counts = new Map<number, number>();
    for (const key of keys) {
      const high = Math.floor(key / PARTITION_SPAN);
      const partition = this.partitions.get(high);
      if (!partition) continue;
      const low = key - high * PARTITION_SPAN;
      let found = 0;
      const take = (entry: number): boolean => {
        if (this.dead[entry] === 1) return true;
        const seq = this.entrySeqs[entry] as number;
        counts.set(seq, (counts.get(seq) ?? 0) + 1);
        found += 1;
        return found < perKey;
      };
      if (!scanBuffer(partition, low, take)) continue;
      for (let run = partition.runs.length - 1; run >= 0; run -= 1) {
        if (!scanRun(partition.runs[run] as Run, low, take)) break;
      }
    }
    return counts;
  }

  private newEntry(seq: number): number {
    if (this.entryCount === this.entrySeqs.length) {
      const seqs = new Float64Array(this.entrySeqs.length * 2);
      seqs.set(this.entrySeqs);
      this.entrySeqs = seqs;
      const dead = new Uint8Array(this.dead.length * 2);
      dead.set(this.dead);
      this.dead = dead;
    }
    this.entrySeqs[this.entryCount] = seq;
    this.entryCount += 1;
    return this.entryCount - 1;
  }

  private partitionOf(high: number): Partition {
    let partition = this.partitions.get(high);
    if (!partition) {
      partition = { bufferLows: new Uint32Array(BUFFER_CAPACITY), bufferEntries: new Int32Array(BUFFER_CAPACITY), bufferLength: 0, runs: [] };
      this.partitions.set(high, partition);
    }
    return partition;
  }
}

/** Newest first; `take` returns false to stop. Returns false when stopped. */
function scanBuffer(partition: Partition, low: number, take: (entry: number) => boolean): boolean {
  for (let index = partition.bufferLength - 1; index >= 0; index -= 1) {
    if (partition.bufferLows[index] === low && !take(partition.bufferEntries[index] as number)) return false;
  }
  return true;
}

/** The run's entries with this low key, newest first; `take` returns false to stop. */
function scanRun(run: Run, low: number, take: (entry: number) => boolean): boolean {
  const start = pastLastAtMost(run, low);
  for (let index = start - 1; index >= 0 && run.lows[index] === low; index -= 1) {
    if (!take(run.entries[index] as number)) return false;
  }
  return true;
}

/** The position just past the run's last entry whose key is ≤ low (0 when none is). */
function pastLastAtMost(run: Run, low: number): number {
  let fence = 0;
  let fenceEnd = run.fences.length;
  while (fence < fenceEnd) {
    const middle = (fence + fenceEnd) >>> 1;
    if ((run.fences[middle] as number) <= low) fence = middle + 1;
    else fenceEnd = middle;
  }
  if (fence === 0) return 0;
  // Entries before the stretch are ≤ low (its first is a fence that is), entries after it > low.
  let start = (fence - 1) * FENCE_STRIDE;
  let end = Math.min(fence * FENCE_STRIDE, run.lows.length);
  while (start < end) {
    const middle = (start + end) >>> 1;
    if ((run.lows[middle] as number) <= low) start = middle + 1;
    else end = middle;
  }
  return start;
}

/** Sorts the buffer into a new run, then merges runs while the one before is no larger. */
function flushBuffer(partition: Partition): void {
  const length = partition.bufferLength;
  const order = Array.from({ length }, (_, index) => index);
  // Entries are in insertion order, so a stable sort by key keeps each key's entries oldest first.
  order.sort((a, b) => (partition.bufferLows[a] as number) - (partition.bufferLows[b] as number));
  const lows = new Uint32Array(length);
  const entries = new Int32Array(length);
  order.forEach((from, to) => {
    lows[to] = partition.bufferLows[from] as number;
    entries[to] = partition.bufferEntries[from] as number;
  });
  partition.bufferLength = 0;
  const runs = partition.runs;
  runs.push(makeRun(lows, entries));
  while (runs.length >= 2 && (runs[runs.length - 2] as Run).lows.length <= (runs[runs.length - 1] as Run).lows.length) {
    const newer = runs.pop() as Run;
    const older = runs.pop() as Run;
    runs.push(mergeRuns(older, newer));
  }
}

/** One sorted run of two; on equal keys the older run's entries come first. */
function mergeRuns(older: Run, newer: Run): Run {
  const length = older.lows.length + newer.lows.length;
  const lows = new Uint32Array(length);
  const entries = new Int32Array(length);
  let a = 0;
  let b = 0;
  for (let to = 0; to < length; to += 1) {
    const fromOlder = b >= newer.lows.length || (a < older.lows.length && (older.lows[a] as number) <= (newer.lows[b] as number));
    if (fromOlder) {
      lows[to] = older.lows[a] as number;
      entries[to] = older.entries[a] as number;
      a += 1;
    } else {
      lows[to] = newer.lows[b] as number;
      entries[to] = newer.entries[b] as number;
      b += 1;
    }
  }
  return makeRun(lows, entries);
}

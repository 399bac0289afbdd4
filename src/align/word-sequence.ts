/**
 * Word-sequence helpers for comparing quotations: normalized words (case, apostrophes and
 * punctuation ignored), contiguous containment and the longest common subsequence.
 */
export function normalizedWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []);
}

/** Where `part` occurs as a contiguous run inside `whole`, or -1. */
export function indexOfRun(whole: readonly string[], part: readonly string[]): number {
  if (part.length === 0 || part.length > whole.length) return -1;
  outer: for (let start = 0; start + part.length <= whole.length; start += 1) {
    for (let offset = 0; offset < part.length; offset += 1) {
      if (whole[start + offset] !== part[offset]) continue outer;
    }
    return start;
  }
  return -1;
}

/** The longest common subsequence: its length and the matched positions in `a` and `b`. */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): { length: number; inA: number[]; inB: number[] } {
  const table: Uint16Array[] = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const inA: number[] = [];
  const inB: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inA.push(i);
      inB.push(j);
      i += 1;
      j += 1;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return { length: inA.length, inA, inB };
}

/**
 * The index of the first span starting at or after `offset` in spans sorted by start
 * (`spans.length` when none): the one binary search every span lookup builds on.
 */
export function firstStartingAtOrAfter(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

import type { ArticleEntity } from './canonical-names.js';

/** A place where a person entity is mentioned: by name, pronoun or description. */
export interface Occurrence {
  start: number;
  sentence: number;
  entity: ArticleEntity;
  quoted: boolean;
}

/** Spans inside quotation marks: “…” (closed by ” or the line end) and "…" on one line. */
export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const match of text.matchAll(/“[^”\n]*”?|"[^"\n]*"/g)) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}

/** Whether `offset` is inside one of the sorted `ranges` (binary search). */
export function isQuoted(ranges: ReadonlyArray<[number, number]>, offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle]!;
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return true;
  }
  return false;
}

/** The named person occurrences of an article, in text order. */
export function personOccurrences(entities: readonly ArticleEntity[], quotes: ReadonlyArray<[number, number]>): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (const entity of entities) {
    if (entity.kind !== 'person') continue;
    for (const mention of entity.mentions) {
      occurrences.push({ start: mention.start, sentence: mention.sentence, entity, quoted: isQuoted(quotes, mention.start) });
    }
  }
  return occurrences.sort((left, right) => left.start - right.start);
}

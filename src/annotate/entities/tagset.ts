import type { EntityKind } from '../../model/index.js';

/** The tagger's tags: BIO over the four CoNLL types. Index order is the weight layout. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];

export const KIND_OF_TYPE: Record<string, EntityKind> = {
  PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other',
};

export const TYPE_OF_KIND: Record<EntityKind, string> = {
  person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC',
};

/** The entity type of a tag ("B-PER" → "PER"), or "O". */
export function typeOf(tagIndex: number): string {
  const tag = TAGS[tagIndex]!;
  return tag === 'O' ? 'O' : tag.slice(2);
}

/** Whether `tagIndex` may follow `previousIndex`: an I- tag continues a span of its own type. */
export function mayFollow(previousIndex: number, tagIndex: number): boolean {
  const tag = TAGS[tagIndex]!;
  if (!tag.startsWith('I-')) return true;
  return previousIndex > 0 && typeOf(previousIndex) === tag.slice(2);
}

/** A typed span of token indices `[start, end)`. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/** The spans a tag sequence encodes (BIO; a stray I- opens a span). */
export function spansOfTags(tags: readonly number[]): TagSpan[] {
  const spans: TagSpan[] = [];
  tags.forEach((tagIndex, index) => {
    const tag = TAGS[tagIndex]!;
    if (tag === 'O') return;
    const type = tag.slice(2);
    const last = spans[spans.length - 1];
    if (tag.startsWith('I-') && last && last.end === index && last.type === type) last.end = index + 1;
    else spans.push({ start: index, end: index + 1, type });
  });
  return spans;
}

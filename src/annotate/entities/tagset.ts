import type { EntityKind } from '../../model/index.js';

/**
 * The tagger's tags: BILOU (Begin, Inside, Last, Unit) over the four CoNLL types. Marking where
 * a name ends, and one-word names apart, reads better than BIO (Ratinov & Roth 2009). Index
 * order is the weight layout.
 */
export const TAGS = [
  'O',
  'B-PER', 'I-PER', 'L-PER', 'U-PER', 'B-ORG', 'I-ORG', 'L-ORG', 'U-ORG',
  'B-LOC', 'I-LOC', 'L-LOC', 'U-LOC', 'B-MISC', 'I-MISC', 'L-MISC', 'U-MISC',
] as const;
export type Tag = (typeof TAGS)[number];

export const KIND_OF_TYPE: Record<string, EntityKind> = {
  PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other',
};

export const TYPE_OF_KIND: Record<EntityKind, string> = {
  person: 'PER', organization: 'ORG', place: 'LOC', other: 'MISC',
};

const TYPE_NAMES = TAGS.map((tag) => (tag === 'O' ? 'O' : tag.slice(2)));

/** The entity type of a tag ("B-PER" → "PER"), or "O". */
export function typeOf(tagIndex: number): string {
  return TYPE_NAMES[tagIndex]!;
}

function isOpen(tag: string): boolean {
  return tag.startsWith('B-') || tag.startsWith('I-');
}

function allowedAfter(previous: string, tag: string): boolean {
  const continues = tag.startsWith('I-') || tag.startsWith('L-');
  if (isOpen(previous)) return continues && tag.slice(2) === previous.slice(2);
  return !continues;
}

/** The transition table, computed once: the tagger asks it for every token and tag. */
const ALLOWED = TAGS.map((previous) => TAGS.map((tag) => allowedAfter(previous, tag)));

/** Whether `tagIndex` may follow `previousIndex`: an open name continues, a closed one does not. */
export function mayFollow(previousIndex: number, tagIndex: number): boolean {
  return ALLOWED[previousIndex]![tagIndex]!;
}

/** A typed span of token indices `[start, end)`. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

/** The spans a tag sequence encodes, read leniently: a stray I- or L- tag opens a span. */
export function spansOfTags(tags: readonly number[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | undefined;
  tags.forEach((tagIndex, index) => {
    const tag = TAGS[tagIndex]!;
    const type = tag.slice(2);
    const continues = (tag.startsWith('I-') || tag.startsWith('L-')) && open?.type === type && open.end === index;
    if (tag === 'O') {
      open = undefined;
      return;
    }
    if (continues) open!.end = index + 1;
    else {
      open = { start: index, end: index + 1, type };
      spans.push(open);
    }
    if (tag.startsWith('L-') || tag.startsWith('U-')) open = undefined;
  });
  return spans;
}

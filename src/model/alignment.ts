import type { Mention } from './span.js';

export type QuoteRelation = 'same' | 'trimmed' | 'extended' | 'reworded' | 'spliced' | 'single';
export type FactRelation = 'same' | 'paraphrase' | 'conflict' | 'single';

/** One word-diff piece between two quotations: kept, removed (~~x~~) or added (**x**). */
export interface DiffPart {
  op: 'equal' | 'removed' | 'added';
  text: string;
}

/** Quotations of one speaker aligned across articles. The first mention is the reference. */
export interface QuoteAlignment {
  type: 'quote';
  relation: QuoteRelation;
  speakerName: string | null;
  mentions: Mention[];
  /** Word diff from the first mention to the second, for `reworded` and `spliced`. */
  diff?: DiffPart[];
  confidence: number;
}

/**
 * What a conflict is over: a figure, a date, who did something (`name`), where (`place`), or who
 * said a quotation both outlets carry (`speaker`).
 */
export type ConflictKind = 'number' | 'date' | 'name' | 'place' | 'speaker';

/** A claim (a sentence or clause) aligned across articles. */
export interface FactAlignment {
  type: 'fact';
  relation: FactRelation;
  mentions: Mention[];
  /** For conflicts: what differs ("80 vs 59 people"). */
  conflict?: string;
  /** For conflicts: what kind of value differs. */
  conflictKind?: ConflictKind;
  /** For conflicts: the differing words themselves, one mention per side, in `mentions` order. */
  conflictMentions?: Mention[];
  confidence: number;
}

/** A quantity compared across articles. */
export interface NumberAlignment {
  type: 'number';
  relation: 'agree' | 'conflict' | 'single';
  mentions: Mention[];
  confidence: number;
}

export type Alignment = QuoteAlignment | FactAlignment | NumberAlignment;

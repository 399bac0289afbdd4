import type { Mention } from './span.js';

/**
 * How an outlet refers to an entity besides its name: a title written next to the name
 * ("Foreign Minister"), a description that resolves to it ("the Syrian leader"), or an
 * honorific ("Mr. Putin"). `mentions` cite each use.
 */
export interface FramingForm {
  kind: 'title' | 'description' | 'honorific';
  /** The words as printed, case-folded ("the syrian leader"). */
  text: string;
  count: number;
  mentions: Mention[];
}

/** One entity named by two or more outlets, with the forms each outlet uses for it. */
export interface EntityFraming {
  name: string;
  outlets: Array<{ articleId: string; forms: FramingForm[] }>;
}

/**
 * Different words in the same slot of one claim: "nerve gas attack" vs "chemical weapons assault".
 * `basis` says what makes it the same slot: the word diff of two aligned sentences
 * (`aligned-fact`), or the same modifiers before a different noun in aligned sentences (`same-modifiers`).
 */
export interface WordingPair {
  basis: 'aligned-fact' | 'same-modifiers';
  /** The differing words, one per side, in `mentions` order. */
  texts: string[];
  mentions: Mention[];
}

/** The reporting verbs one outlet uses for one speaker ("said", "claimed"), with counts. */
export interface AttributionVerb {
  speakerName: string;
  articleId: string;
  /** The cue's lemma ("claim" for "claimed", "claims"). */
  verb: string;
  count: number;
  /** The lexicon class of a non-neutral reporting verb ("doubt", "insistence"…), else null. */
  loaded: string | null;
  mentions: Mention[];
}

/** The words outlets choose for the same referent; every entry is backed by cited spans. */
export interface Framing {
  entities: EntityFraming[];
  wording: WordingPair[];
  attribution: AttributionVerb[];
}

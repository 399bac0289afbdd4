export type EntityKind = 'person' | 'organization' | 'place' | 'other';

/**
 * A named mention of an entity. Mentions of one entity in one article share `key` and `name`
 * (the canonical name: "Donald Trump" for "Mr. Trump"). `key` is normalized for matching the
 * same entity across articles (lowercase, accents folded, honorifics dropped).
 */
export interface Entity {
  start: number;
  end: number;
  kind: EntityKind;
  name: string;
  key: string;
  /** Titles and roles written next to the name ("President", "Foreign Minister"). */
  titles?: string[];
}

/** A pronoun or description ("he", "the president") that refers to a named entity of the article. */
export interface EntityReference {
  start: number;
  end: number;
  kind: 'pronoun' | 'description';
  name: string;
  key: string;
}

/**
 * How a qualifier bounds a quantity: "more than 80" is `more-than`, "almost two hours" is
 * `almost` (a little under), "about 50" is `about`. The comparison treats bounds as intervals.
 */
export type NumberBound =
  | 'exact'
  | 'about'
  | 'almost'
  | 'at-least'
  | 'more-than'
  | 'at-most'
  | 'less-than'
  | 'up-to';

/** A low–high range ("10 to 20", "between 3 and 5"). */
export interface NumberRange {
  low: number;
  high: number;
}

/**
 * A number or quantity. `unit` is one of: `count`, `ordinal`, `percent`, a currency as ISO 4217
 * (`USD`, `EUR`…), a duration (`second`, `minute`, `hour`, `day`, `week`, `month`, `year`),
 * a distance or weight (`km`, `mile`, `m`, `kg`, `ton`…), or `fraction`.
 * `noun` is the lemma of what is counted when the text says ("people", "missile").
 */
export interface NumberMention {
  start: number;
  end: number;
  value: number | NumberRange;
  unit: string;
  bound: NumberBound;
  noun?: string;
}

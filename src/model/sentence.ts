/** A sentence: a span of the text. Paragraph index helps quotations continued over paragraphs. */
export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
}

/** A token with its lemma and part of speech (Universal POS tags). */
export interface Token {
  start: number;
  end: number;
  lemma: string;
  pos: string;
}

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A token as wink reads it: its text, lemma and Universal POS tag, in reading order. */
export interface WinkToken {
  value: string;
  lemma: string;
  pos: string;
}

type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | undefined;

/**
 * The one shared wink instance, loaded on first use (loading the model takes ~200 ms, so
 * commands that never annotate never pay for it). Only the POS pipe runs: we find sentence
 * boundaries ourselves, and lemmas come from the model's lemmatizer addon.
 */
export function winkInstance(): WinkInstance {
  instance ??= winkNLP(model, ['pos']);
  return instance;
}

/** wink's typings reject `its.lemma` as an `out()` argument under strict mode; the call is valid. */
type LooseOut = (accessor: unknown) => string[];

/** wink's tokens of a short text (a sentence or a bounded chunk of one). */
export function winkTokens(text: string): WinkToken[] {
  const nlp = winkInstance();
  const tokens = nlp.readDoc(text).tokens();
  const out = tokens.out.bind(tokens) as unknown as LooseOut;
  const values = out(nlp.its.value);
  const lemmas = out(nlp.its.lemma);
  const tags = out(nlp.its.pos);
  return values.map((value, index) => ({
    value,
    lemma: lemmas[index] ?? value.toLowerCase(),
    pos: tags[index] ?? 'X',
  }));
}

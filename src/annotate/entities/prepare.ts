import { documentContext, isCapitalsLine, type DocumentContext } from './document-context.js';
import { sentenceFeatures } from './features.js';
import { hashFeature, type PreparedSentence } from './perceptron.js';

/**
 * Prepares the sentences of one document for tagging: static features hashed once (training
 * reads each sentence many times), lowercased words and which words are capitalized.
 */
export function prepareDocument(sentences: readonly (readonly string[])[], bits: number): PreparedSentence[] {
  const context = documentContext(sentences);
  return sentences.map((words) => prepareSentence(words, context, bits));
}

/** Prepares one sentence of a document whose context is known. */
export function prepareSentence(words: readonly string[], context: DocumentContext, bits: number): PreparedSentence {
  const capitals = isCapitalsLine(words);
  return {
    capitalsLine: capitals,
    lowerWords: words.map((word) => word.toLowerCase()),
    capitalized: words.map((word) => capitals || /^\p{Lu}/u.test(word)),
    features: hashedFeatures(words, context, bits, capitals),
  };
}

function hashedFeatures(words: readonly string[], context: DocumentContext, bits: number, capitals: boolean): Int32Array[] {
  const hashed: Int32Array[] = new Array(words.length);
  sentenceFeatures(words, context, (index, features) => {
    const buckets = new Int32Array(features.length);
    for (let position = 0; position < features.length; position += 1) buckets[position] = hashFeature(features[position]!, bits);
    hashed[index] = buckets;
  }, capitals);
  return hashed;
}

/**
 * The order to tag a document's sentences in: ordinary sentences first, headlines in capitals
 * last, so a headline's "LAVROV" is read knowing what the body made of "Lavrov".
 */
export function taggingOrder(capitalsLines: readonly boolean[]): number[] {
  const order = capitalsLines.map((_, index) => index);
  return [...order.filter((index) => !capitalsLines[index]), ...order.filter((index) => capitalsLines[index])];
}

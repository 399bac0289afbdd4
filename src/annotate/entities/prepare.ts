import { documentContext, isCapitalsLine, type DocumentContext } from './document-context.js';
import { sentenceBuckets } from './features.js';
import type { PreparedSentence } from './perceptron.js';

/**
 * Prepares the sentences of one document for training: static features hashed once (training
 * reads each sentence many times), buffers trimmed to what they hold.
 */
export function prepareDocument(sentences: readonly (readonly string[])[], bits: number): PreparedSentence[] {
  const capitalsLines = sentences.map(isCapitalsLine);
  const context = documentContext(sentences, capitalsLines);
  return sentences.map((words, index) => {
    const prepared = prepareSentence(words, context, bits, capitalsLines[index], true);
    return { ...prepared, buckets: prepared.buckets.slice(0, prepared.offsets[words.length]) };
  });
}

/**
 * Prepares one sentence of a document whose context is known. Training wants every feature's
 * bucket (`neighbourWords`); tagging reads those drawn from one neighbour word from its facts.
 */
export function prepareSentence(
  words: readonly string[], context: DocumentContext, bits: number, capitals = isCapitalsLine(words),
  neighbourWords = false,
): PreparedSentence {
  const { facts, variants, buckets, offsets } = sentenceBuckets(words, context, bits, capitals, neighbourWords);
  return {
    capitalsLine: capitals,
    lowerWords: facts.map((word) => word.lower),
    capitalized: facts.map((word) => capitals || word.capitalized),
    words: facts,
    variants,
    neighbourWords,
    buckets,
    offsets,
  };
}

/**
 * The order to tag a document's sentences in: ordinary sentences first, headlines in capitals
 * last, so a headline's "LAVROV" is read knowing what the body made of "Lavrov".
 */
export function taggingOrder(capitalsLines: readonly boolean[]): number[] {
  const order = capitalsLines.map((_, index) => index);
  return [...order.filter((index) => !capitalsLines[index]), ...order.filter((index) => capitalsLines[index])];
}

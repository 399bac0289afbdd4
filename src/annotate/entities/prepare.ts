import { documentContext, isCapitalsLine, type DocumentContext } from './document-context.js';
import { sentenceFeatures } from './features.js';
import { hashFeature, type PreparedSentence } from './perceptron.js';

/**
 * Prepares the sentences of one document for tagging: static features hashed once (training
 * reads each sentence many times), lowercased words and which words are capitalized.
 */
export function prepareDocument(sentences: readonly (readonly string[])[], bits: number): PreparedSentence[] {
  const context = documentContext(sentences);
  const cache: WordHashCache = new Map();
  return sentences.map((words) => prepareSentence(words, context, bits, cache));
}

/** Hashed word features by `wordKey`, for one document: words recur, their features too. */
export type WordHashCache = Map<string, Int32Array>;

/** Prepares one sentence of a document whose context is known. */
export function prepareSentence(
  words: readonly string[], context: DocumentContext, bits: number, cache: WordHashCache,
  capitals = isCapitalsLine(words),
): PreparedSentence {
  return {
    capitalsLine: capitals,
    lowerWords: words.map((word) => word.toLowerCase()),
    capitalized: words.map((word) => capitals || /^\p{Lu}/u.test(word)),
    features: hashedFeatures(words, context, bits, capitals, cache),
  };
}

function hashAll(features: readonly string[], bits: number, into: Int32Array, offset: number): void {
  for (let position = 0; position < features.length; position += 1) into[offset + position] = hashFeature(features[position]!, bits);
}

function hashedFeatures(
  words: readonly string[], context: DocumentContext, bits: number, capitals: boolean, cache: WordHashCache,
): Int32Array[] {
  const hashed: Int32Array[] = new Array(words.length);
  sentenceFeatures(words, context, (index, { wordKey, wordFeatures, contextFeatures }) => {
    let wordHashes = cache.get(wordKey);
    if (!wordHashes) {
      const features = wordFeatures();
      wordHashes = new Int32Array(features.length);
      hashAll(features, bits, wordHashes, 0);
      cache.set(wordKey, wordHashes);
    }
    const buckets = new Int32Array(wordHashes.length + contextFeatures.length);
    buckets.set(wordHashes);
    hashAll(contextFeatures, bits, buckets, wordHashes.length);
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

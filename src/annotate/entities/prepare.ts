import { documentContext, isCapitalsLine, sentenceFeatures } from './features.js';
import { hashFeature, type PreparedSentence } from './perceptron.js';

/**
 * Prepares the sentences of one document for tagging: static features hashed once (training
 * reads each sentence many times), lowercased words and which words are capitalized.
 */
export function prepareDocument(sentences: readonly (readonly string[])[], bits: number): PreparedSentence[] {
  const context = documentContext(sentences);
  return sentences.map((words) => {
    const capitals = isCapitalsLine(words);
    return {
      lowerWords: words.map((word) => word.toLowerCase()),
      capitalized: words.map((word) => capitals || /^\p{Lu}/u.test(word)),
      features: sentenceFeatures(words, context).map(
        (features) => Int32Array.from(features, (feature) => hashFeature(feature, bits)),
      ),
    };
  });
}

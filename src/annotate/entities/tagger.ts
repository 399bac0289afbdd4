import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTagger } from './model-file.js';
import { tagSentence, type TaggerWeights } from './perceptron.js';
import { documentContext, isCapitalsLine } from './document-context.js';
import { prepareSentence, taggingOrder } from './prepare.js';
import { TAGS, spansOfTags, type TagSpan } from './tagset.js';

/**
 * 2^20 hash buckets: CoNLL training yields a few hundred thousand distinct features, so
 * collisions stay rare, and only non-zero weights are stored.
 */
export const TAGGER_BITS = 20;

/** The committed weights, at the same depth from src/ and from dist/. */
export const TAGGER_PATH = fileURLToPath(new URL('../../../models/entity-tagger.json.gz', import.meta.url));

let cached: TaggerWeights | null | undefined;

/** The committed tagger, loaded once; null when the file is missing (a broken checkout). */
export function defaultTagger(): TaggerWeights | null {
  if (cached === undefined) cached = existsSync(TAGGER_PATH) ? loadTagger(TAGGER_PATH) : null;
  return cached;
}

/** Gold BIO tag indices of a sentence from its entity spans. */
export function tagsOfSpans(spans: readonly TagSpan[], length: number): number[] {
  const tags = new Array<number>(length).fill(0);
  for (const span of spans) {
    for (let index = span.start; index < span.end; index += 1) {
      const single = span.end - span.start === 1;
      const place = single ? 'U' : index === span.start ? 'B' : index === span.end - 1 ? 'L' : 'I';
      const tag = `${place}-${span.type}`;
      tags[index] = TAGS.indexOf(tag as (typeof TAGS)[number]);
    }
  }
  return tags;
}

/** Entity spans (token indices) of each sentence of one document. */
export function tagDocument(model: TaggerWeights, sentences: readonly (readonly string[])[]): TagSpan[][] {
  const capitalsLines = sentences.map(isCapitalsLine);
  const context = documentContext(sentences, capitalsLines);
  const lastTypes = new Map<string, string>();
  const spans: TagSpan[][] = sentences.map(() => []);
  // One sentence prepared at a time: a long article never holds every token's features at once.
  for (const index of taggingOrder(capitalsLines)) {
    const prepared = prepareSentence(sentences[index]!, context, model.bits, capitalsLines[index]);
    spans[index] = spansOfTags(tagSentence(model, prepared, lastTypes));
  }
  return spans;
}

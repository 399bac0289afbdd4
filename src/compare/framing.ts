import type { Article, FactAlignment, Framing } from '../model/index.js';
import { attributionVerbs } from './framing-attribution.js';
import { entityFraming } from './framing-entities.js';
import { wordingPairs } from './framing-wording.js';

/**
 * The words outlets choose for the same referent: how they title and describe the entities they
 * share, the words that differ in the same slot of aligned claims, and the reporting verbs they use
 * for each speaker. Only differences the spans show; no sentiment is guessed.
 */
export function compareFraming(articles: readonly Article[], facts: readonly FactAlignment[]): Framing {
  return { entities: entityFraming(articles), wording: wordingPairs(articles, facts), attribution: attributionVerbs(articles) };
}

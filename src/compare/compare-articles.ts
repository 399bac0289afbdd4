import type { Article, Comparison, Message, Relatedness } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import { alignFacts } from '../align/align-facts.js';
import { alignNumbers } from '../align/align-numbers.js';
import { alignQuotes } from '../align/align-quotes.js';
import { claimUnits } from '../align/claim-units.js';
import { quotedPassages } from '../align/quoted-passages.js';
import { neutralSummary, type SummaryOptions } from '../summarize/neutral-summary.js';
import { storyEntities, storyVoices } from './people.js';
import { measureRelatedness, UNRELATED_BELOW } from './relatedness.js';
import { compareFraming } from './framing.js';
import { describeSources } from './sources.js';
import { buildTimeline } from './timeline.js';

export interface CompareOptions {
  /** Publication dates inferred for articles that have none (see inferMissingDates). */
  inferredDates?: Readonly<Record<string, string>>;
  summary?: SummaryOptions;
  /** Called as each step starts, for progress on long runs. */
  onStep?: (step: string) => void;
}

/**
 * Compares annotated articles of one story: quotations by speaker, claims, numbers, who is in
 * the story, a timeline and a neutral summary, every finding a list of mentions into the texts.
 * Articles whose annotations are absent are still compared with fallbacks (see messages).
 */
export function compareArticles(articles: readonly Article[], options: CompareOptions = {}): Comparison {
  const inferredDates = options.inferredDates ?? {};
  const step = options.onStep ?? (() => undefined);
  step('quotations');
  const passages = articles.map(quotedPassages);
  const quotes = alignQuotes(articles, passages);
  step('facts');
  const units = articles.flatMap((article, index) => claimUnits(article, index, passages[index]!));
  const { facts, groups, claims, idf } = alignFacts(units, { articles, quotes });
  step('numbers');
  const numbers = alignNumbers(articles, claims, groups, facts);
  const relatedness = measureRelatedness(articles.length, claims, idf);
  step('summary');
  const summary = neutralSummary(articles, claims, groups, idf, options.summary);
  return {
    version: 1,
    sources: describeSources(articles, inferredDates),
    relatedness,
    quotes,
    facts,
    numbers,
    entities: storyEntities(articles),
    voices: storyVoices(articles, passages),
    timeline: buildTimeline(articles, inferredDates),
    summary,
    framing: compareFraming(articles, facts),
    messages: comparisonMessages(articles, relatedness),
  };
}

const ANNOTATIONS = [
  ['sentences', 'sentences were split by a simple fallback'],
  ['quotes', 'quotations were taken between quotation marks, without speakers'],
  ['entities', 'people, organizations and places are not listed'],
  ['numbers', 'numbers are compared only as words'],
  ['dates', 'no timeline could be built'],
] as const;

function comparisonMessages(articles: readonly Article[], relatedness: Relatedness): Message[] {
  const messages: Message[] = [];
  if (articles.length < 2) messages.push(makeMessage('too-few-articles', 'A comparison needs at least two articles.'));
  if (relatedness.unrelated) {
    const pairs = articles.length > 2 ? `, ${Math.round(100 * relatedness.unrelatedPairShare)}% of pairs below ${UNRELATED_BELOW}` : '';
    messages.push(makeMessage('unrelated-articles', `These articles seem to cover different events (mean similarity ${relatedness.meanSimilarity.toFixed(2)}${pairs}); the comparison may find little in common.`, { severity: 'warning' }));
  }
  for (const [field, consequence] of ANNOTATIONS) {
    if (articles.some((article) => article[field] === undefined)) {
      messages.push(makeMessage(`missing-${field}`, `The ${field} annotation did not run: ${consequence}.`, { severity: 'info' }));
    }
  }
  return messages;
}

import type { Comparison, Mention, QuoteAlignment } from '../model/index.js';
import { compareArticles } from '../compare/compare-articles.js';
import { textArticle } from '../compare/text-article.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';
import { readBasil, type BasilArticle } from './basil-data.js';
import type { EvalTask } from './eval-task.js';

/**
 * `parallax eval compare`: compares each BASIL triplet (one event, three outlets) and reports what
 * the comparison finds — quotation relations, consensus and single-source facts, conflicts — and
 * how many of BASIL's annotated quotation spans with a speaker land in a quotation we attribute to
 * that speaker (and in one we aligned across outlets).
 */
export const compareEval: EvalTask = {
  name: 'compare',
  description: 'compare every BASIL triplet: relation counts and quoted spans landing on the right speaker',
  async run(options) {
    const triplets = readBasil(options.data, options.limit);
    const counts: Record<string, number> = {};
    const conflicts: string[] = [];
    const add = (key: string, value = 1): void => {
      counts[key] = (counts[key] ?? 0) + value;
    };
    for (const triplet of triplets) {
      const articles = triplet.map((article) => annotateArticle(textArticle(article.id, article.text, {
        title: article.title,
        outlet: article.outlet,
        publishedAt: article.date,
      }), article.date ? { referenceDate: article.date } : {}));
      const comparison = compareArticles(articles);
      for (const quote of comparison.quotes) add(`quote ${quote.relation}`);
      for (const fact of comparison.facts) add(fact.relation === 'single' ? 'facts single-source' : fact.relation === 'conflict' ? `facts conflict over ${fact.conflictKind ?? 'a value'}` : fact.mentions.length === triplet.length ? 'facts all outlets' : 'facts several outlets');
      for (const number of comparison.numbers) if (number.relation === 'conflict') add('numbers conflict');
      conflicts.push(...describeConflicts(comparison));
      if (comparison.relatedness.unrelated) add('triplets called unrelated');
      scoreSpeakers(triplet, comparison, add);
    }
    const spans = counts['basil quoted spans'] ?? 0;
    const metrics: Record<string, number> = {
      triplets: triplets.length,
      speakerInQuote: (counts['span in a quote of the right speaker'] ?? 0) / Math.max(1, spans),
      speakerInAlignedQuote: (counts['span in an aligned quote of the right speaker'] ?? 0) / Math.max(1, spans),
      spanInAnyQuote: (counts['span in any quote'] ?? 0) / Math.max(1, spans),
    };
    return {
      task: 'compare',
      metrics,
      lines: [
        `BASIL, ${triplets.length} triplets`,
        ...Object.entries(counts).sort().map(([key, value]) => `${key.padEnd(48)} ${value}`),
        `share of BASIL quoted spans inside any of our quotations: ${metrics.spanInAnyQuote!.toFixed(3)}`,
        `… inside one attributed to the right speaker: ${metrics.speakerInQuote!.toFixed(3)}`,
        `… inside one aligned across outlets, right speaker: ${metrics.speakerInAlignedQuote!.toFixed(3)}`,
        // Printed for judging by hand: a conflict is a claim about the outlets, so each is read.
        `conflicts found: ${conflicts.length}${conflicts.length > MAX_PRINTED_CONFLICTS ? ` (first ${MAX_PRINTED_CONFLICTS} shown)` : ''}`,
        ...conflicts.slice(0, MAX_PRINTED_CONFLICTS),
      ],
    };
  },
};

const MAX_PRINTED_CONFLICTS = 20;

/** Each conflict as one line: what differs, then each side's cited passage. */
function describeConflicts(comparison: Comparison): string[] {
  const passage = (mention: Mention): string => {
    const source = comparison.sources.find((candidate) => candidate.articleId === mention.articleId);
    return `[${mention.articleId}] ${(source?.text.slice(mention.span.start, mention.span.end) ?? '').replace(/\s+/g, ' ').slice(0, 200)}`;
  };
  return comparison.facts.filter((fact) => fact.relation === 'conflict')
    .map((fact) => `  ${fact.conflictKind ?? 'value'}: ${fact.conflict ?? ''} — ${fact.mentions.map(passage).join(' | ')}`);
}

function scoreSpeakers(triplet: readonly BasilArticle[], comparison: Comparison, add: (key: string) => void): void {
  for (const article of triplet) {
    const quotes = comparison.quotes.flatMap((alignment) => alignment.mentions.filter((mention) => mention.articleId === article.id).map((mention) => ({ alignment, span: mention.span })));
    for (const phrase of article.quotedPhrases) {
      const start = article.text.indexOf(phrase.text);
      if (start < 0) continue;
      add('basil quoted spans');
      const end = start + phrase.text.length;
      const covering = quotes.filter((quote) => quote.span.start <= start && end <= quote.span.end);
      if (covering.length > 0) add('span in any quote');
      const right = covering.filter((quote) => sameSpeaker(quote.alignment, phrase.speaker));
      if (right.length > 0) add('span in a quote of the right speaker');
      if (right.some((quote) => quote.alignment.relation !== 'single')) add('span in an aligned quote of the right speaker');
    }
  }
}

// Honorifics and initials do not identify a speaker; a shared surname or given name does.
const NOT_A_NAME = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'president', 'the', 'of', 'jr', 'sr']);

function sameSpeaker(alignment: QuoteAlignment, gold: string): boolean {
  if (!alignment.speakerName) return false;
  const words = (name: string): string[] => name.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 1 && !NOT_A_NAME.has(word));
  const goldWords = new Set(words(gold));
  return words(alignment.speakerName).some((word) => goldWords.has(word));
}

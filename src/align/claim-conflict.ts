import type { Article, ConflictKind, DateMention, Mention, NumberMention } from '../model/index.js';
import type { ClaimSimilarity } from './claim-similarity.js';
import type { ClaimUnit } from './claim-units.js';
import { findDateConflict } from './date-conflicts.js';
import { findNameConflict, nameConflictMentions } from './name-conflicts.js';
import { describeNumber } from './number-intervals.js';

/** What two aligned claims disagree on, in words and as the differing spans of each. */
export interface ClaimConflict {
  kind: ConflictKind;
  note: string;
  mentions: Mention[];
}

// A conflict needs the two sentences to tell the same claim in much the same words (0.5 lexical
// alone, above the 99.99th percentile of sentence pairs from different events on BASIL): then a
// different value is a disagreement, not two different facts. Numbers must name their quantity
// alike (unit and noun); dates and names have their own checks (date-conflicts, name-conflicts).
export const CONFLICT_MIN_LEXICAL = 0.5;
// ...and the claim must be shared in words other than its figures and dates: "Published April
// 10, 2007" and "Published April 11, 2007" are two datelines, not one event dated twice.
export const CONFLICT_MIN_SHARED_PLAIN_TERMS = 3;

/**
 * The first disagreement of two aligned claims: a figure, else a date, else a name or place.
 * Told as the earlier article's value against the later one's, whichever order `a` and `b` are in.
 */
export function claimConflict(a: ClaimUnit, b: ClaimUnit, similarity: ClaimSimilarity, articles?: readonly Article[]): ClaimConflict | null {
  const found = differingValues(a, b, similarity, articles);
  if (!found) return null;
  const inOrder = a.articleIndex < b.articleIndex;
  const values = inOrder ? found.values : [...found.values].reverse();
  return { kind: found.kind, note: values.join(' vs '), mentions: inOrder ? found.mentions : [...found.mentions].reverse() };
}

interface DifferingValues {
  kind: ConflictKind;
  /** How each side words the value, `a`'s first. */
  values: [string, string];
  mentions: Mention[];
}

function differingValues(a: ClaimUnit, b: ClaimUnit, similarity: ClaimSimilarity, articles?: readonly Article[]): DifferingValues | null {
  if (similarity.lexical < CONFLICT_MIN_LEXICAL) return null;
  const plainB = new Set(b.plainKeys);
  if (a.plainKeys.filter((key) => plainB.has(key)).length < CONFLICT_MIN_SHARED_PLAIN_TERMS) return null;
  const figures = similarity.numberConflicts.find(([first, second]) => first.unit !== 'count' || (first.noun && second.noun));
  if (figures) return { kind: 'number', values: [describeNumber(figures[0]), describeNumber(figures[1])], mentions: spans(a, b, figures) };
  // A relative date ("Wednesday") is only as good as the publication date it was resolved
  // against: one inferred from the other articles (or a default) may be days off.
  const ownDates = Boolean(articles?.[a.articleIndex]?.publishedAt && articles[b.articleIndex]?.publishedAt);
  const dates = findDateConflict(a.dateMentions, b.dateMentions, { trustRelative: ownDates });
  if (dates) return { kind: 'date', values: [dates[0].value!, dates[1].value!], mentions: spans(a, b, dates) };
  if (!articles) return null;
  const first = { article: articles[a.articleIndex]!, start: a.start, end: a.end };
  const second = { article: articles[b.articleIndex]!, start: b.start, end: b.end };
  const names = findNameConflict(first, second);
  if (names) return { kind: names.kind, values: [names.first.name, names.second.name], mentions: nameConflictMentions(first, second, names) };
  return null;
}

function spans(a: ClaimUnit, b: ClaimUnit, pair: [NumberMention | DateMention, NumberMention | DateMention]): Mention[] {
  return [
    { articleId: a.articleId, span: { start: pair[0].start, end: pair[0].end } },
    { articleId: b.articleId, span: { start: pair[1].start, end: pair[1].end } },
  ];
}

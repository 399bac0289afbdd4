import type { Article, ConflictKind, DateMention, Mention, NumberMention } from '../model/index.js';
import type { ClaimSimilarity } from './claim-similarity.js';
import type { ClaimUnit } from './claim-units.js';
import { findDateConflict } from './date-conflicts.js';
import { termKey } from './lexical.js';
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
// ...and the claim must be shared in words other than its figures and dates (who did what),
// not counting the words of publication stamps: "22 July 2013 Last updated at 17:50 GMT" and
// "21 July 2013 Last updated at 11:11 GMT" are two pages, not one event dated twice.
export const CONFLICT_MIN_SHARED_PLAIN_TERMS = 3;
const STAMP_KEYS = new Set(['last', 'updated', 'published', 'posted', 'modified', 'gmt', 'utc', 'edt', 'est', 'bst', 'ist', 'am', 'pm', 'local', 'time']
  .flatMap((word) => termKey(word) ?? []));

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
  if (a.plainKeys.filter((key) => plainB.has(key) && !STAMP_KEYS.has(key)).length < CONFLICT_MIN_SHARED_PLAIN_TERMS) return null;
  const figures = articles
    ? similarity.numberConflicts.find((pair) => definiteFigures(pair) && sameSlot(articles[a.articleIndex]!, articles[b.articleIndex]!, pair) &&
      !givenElsewhere(a, b, pair) && !withinRounding(articles[a.articleIndex]!, articles[b.articleIndex]!, pair))
    : similarity.numberConflicts.find(definiteFigures);
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

/** Figures that say what they measure: a unit, or a count whose noun both give ("80 people"). */
function definiteFigures([first, second]: [NumberMention, NumberMention]): boolean {
  return first.unit !== 'count' || Boolean(first.noun && second.noun);
}

// Words that qualify a figure rather than say what it is a figure of.
const BOUND_WORDS = new Set(['about', 'almost', 'nearly', 'around', 'approximately', 'roughly', 'some', 'more', 'less', 'fewer', 'than', 'at', 'least', 'most', 'up', 'over', 'under', 'just', 'only', 'a', 'an', 'the']);

/**
 * The two figures stand in one slot: the word before each (past qualifiers like "about") is the
 * same ("served four months" / "served five months"), so they answer one question. "Took
 * effect nine days before the inauguration" and "take effect in about 30 days" measure two
 * different spans; "scored 23 points" and "had five points during a run", two different counts.
 * A figure glued to other digits ("2 , 116", "41 / 2") was only partly read: never compared.
 */
function sameSlot(articleA: Article, articleB: Article, [first, second]: [NumberMention, NumberMention]): boolean {
  const before = (article: Article, mention: NumberMention): string | null => {
    const preceding = article.text.slice(Math.max(0, mention.start - 80), mention.start);
    if (/\d\s*[.,/]\s*$/.test(preceding) || /^\s*[.,/]\s*\d/.test(article.text.slice(mention.end, mention.end + 4))) return null;
    const words = preceding.toLowerCase().match(/[\p{L}']+/gu) ?? [];
    while (words.length > 0 && BOUND_WORDS.has(words[words.length - 1]!)) words.pop();
    return words.length > 0 ? words[words.length - 1]! : null;
  };
  const wordA = before(articleA, first);
  return wordA !== null && wordA === before(articleB, second);
}

/**
 * Either side gives the other's figure too, in some other words ("Charles had 226 yards … Hillis
 * ran for 101"): the figures may belong to different people or things, so the pairing is unsure.
 */
function givenElsewhere(a: ClaimUnit, b: ClaimUnit, [first, second]: [NumberMention, NumberMention]): boolean {
  const value = (mention: NumberMention): number => (typeof mention.value === 'number' ? mention.value : mention.value.low);
  return b.numbers.some((mention) => value(mention) === value(first)) || a.numbers.some((mention) => value(mention) === value(second));
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * A figure written with a scale word is rounded to its last written digit: "$1.4 trillion" is
 * anything from 1.35 to 1.45 trillion, so it does not contradict "$1.37 trillion".
 */
function withinRounding(articleA: Article, articleB: Article, [first, second]: [NumberMention, NumberMention]): boolean {
  const halfStep = (article: Article, mention: NumberMention): number => {
    const match = /(\d+)(?:\.(\d+))?\s*(thousand|million|billion|trillion)\b/i.exec(article.text.slice(mention.start, mention.end));
    return match ? 0.5 * 10 ** -(match[2]?.length ?? 0) * SCALES[match[3]!.toLowerCase()]! : 0;
  };
  const value = (mention: NumberMention): number => (typeof mention.value === 'number' ? mention.value : mention.value.low);
  return Math.abs(value(first) - value(second)) <= halfStep(articleA, first) + halfStep(articleB, second);
}

function spans(a: ClaimUnit, b: ClaimUnit, pair: [NumberMention | DateMention, NumberMention | DateMention]): Mention[] {
  return [
    { articleId: a.articleId, span: { start: pair[0].start, end: pair[0].end } },
    { articleId: b.articleId, span: { start: pair[1].start, end: pair[1].end } },
  ];
}

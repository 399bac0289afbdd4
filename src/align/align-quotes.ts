import type { Article, Mention, QuoteAlignment } from '../model/index.js';
import { candidatePairs } from './candidate-index.js';
import { buildIdf } from './idf.js';
import { contentTerms } from './lexical.js';
import { compareQuotes } from './quote-relation.js';
import type { QuotedPassage } from './quoted-passages.js';
import { speakersDiffer } from './speaker-names.js';
import { UnionFind } from './union-find.js';
import { indexOfRun, longestCommonSubsequence, normalizedWords } from './word-sequence.js';

interface QuoteItem {
  passage: QuotedPassage;
  articleIndex: number;
  text: string;
  words: string[];
  keys: string[];
}

// Two quotations are one when most of the shorter one's words recur, in order, in the longer
// (0.6 keeps "our two countries"/"our countries" and drops two remarks that merely share a
// topic), and half its content words do too (so "the", "of" and "we" cannot carry a match).
// Fragments under five words must recur verbatim ("the irritants"; on BASIL, "options of
// service" matched a long unrelated remark through "of service" before this). When both speakers are
// known and differ, only near-verbatim passages of five words or more still align (one outlet
// may credit the words to someone else; short stock phrases recur across speakers).
const MIN_WORD_CONTAINMENT = 0.6;
const MIN_CONTENT_CONTAINMENT = 0.5;
const SHORT_FRAGMENT_WORDS = 5;
const OTHER_SPEAKER_MIN_CONTAINMENT = 0.9;
const OTHER_SPEAKER_MIN_WORDS = 5;
const CANDIDATES = { perItem: 20, maxShare: 0.5 };

/** Aligns the quotations of all articles: same, trimmed, extended, reworded, spliced, or single. */
export function alignQuotes(articles: readonly Article[], passages: readonly QuotedPassage[][]): QuoteAlignment[] {
  const items: QuoteItem[] = passages.flatMap((list, articleIndex) => list.map((passage) => {
    const text = articles[articleIndex]!.text.slice(passage.start, passage.end);
    const keys = [...new Set(contentTerms(text, 0, text.length).map((term) => term.key))];
    return { passage, articleIndex, text, words: normalizedWords(text), keys };
  })).filter((item) => item.words.length > 0);
  const idf = buildIdf(items.map((item) => item.keys));
  const edges = candidatePairs(items, idf, CANDIDATES).filter(([a, b]) => sameQuotation(items[a]!, items[b]!));
  const sets = new UnionFind(items.length);
  for (const [a, b] of edges) sets.union(a, b);
  const linked = new Set(edges.map(([a, b]) => `${a}:${b}`));
  const isLinked = (a: number, b: number): boolean => linked.has(a < b ? `${a}:${b}` : `${b}:${a}`);
  return sets.groups().flatMap((group) => {
    const kept = withoutRepeats(group, items);
    // A repeat is aligned on its own with the other outlets' pieces (the lede's fragment is then
    // a trimmed form of their full quotation), so no quotation drops out of the report.
    const repeats = group.filter((index) => !kept.includes(index)).flatMap((repeat) => {
      const partners = kept.filter((index) => items[index]!.articleIndex !== items[repeat]!.articleIndex);
      const start = items[repeat]!.passage.start;
      const found = clusterAlignments([repeat, ...partners], items, isLinked)
        .filter((alignment) => alignment.mentions.some((mention) => mention.span.start === start && mention.articleId === items[repeat]!.passage.articleId));
      return found.length > 0 ? found : clusterAlignments([repeat], items, isLinked);
    });
    return [...clusterAlignments(kept, items, isLinked), ...repeats];
  });
}

/**
 * Drops a quotation whose words recur inside a longer one of the same article in the group: a
 * phrase quoted in the lede and again within the full remark (or nested in it) is one piece,
 * not two pieces of a splice.
 */
function withoutRepeats(group: number[], items: readonly QuoteItem[]): number[] {
  return group.filter((index) => !group.some((other) => other !== index &&
    items[other]!.articleIndex === items[index]!.articleIndex &&
    items[other]!.words.length > items[index]!.words.length &&
    indexOfRun(items[other]!.words, items[index]!.words) >= 0));
}

function sameQuotation(a: QuoteItem, b: QuoteItem): boolean {
  const [shorter, longer] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const verbatim = indexOfRun(longer.words, shorter.words) >= 0;
  if (shorter.words.length < SHORT_FRAGMENT_WORDS && !verbatim) return false;
  const containment = verbatim ? 1 : longestCommonSubsequence(shorter.words, longer.words).length / shorter.words.length;
  if (containment < MIN_WORD_CONTAINMENT) return false;
  const longerKeys = new Set(longer.keys);
  const sharedKeys = shorter.keys.filter((key) => longerKeys.has(key)).length;
  if (sharedKeys === 0 || sharedKeys / shorter.keys.length < MIN_CONTENT_CONTAINMENT) return false;
  if (speakersDiffer(a.passage.speakerName, b.passage.speakerName)) return containment >= OTHER_SPEAKER_MIN_CONTAINMENT && shorter.words.length >= OTHER_SPEAKER_MIN_WORDS;
  return true;
}

/**
 * One group of linked quotations → alignments: the earliest article's pieces against each other
 * article's pieces (only pieces linked directly, so a third outlet's fragment does not turn a
 * pair into a splice). A group from one article is a quotation only that outlet carries.
 */
function clusterAlignments(group: number[], items: readonly QuoteItem[], isLinked: (a: number, b: number) => boolean): QuoteAlignment[] {
  const speakerName = group.map((index) => items[index]!.passage.speakerName).find((name) => name) ?? null;
  const articleIndexes = [...new Set(group.map((index) => items[index]!.articleIndex))].sort((a, b) => a - b);
  if (articleIndexes.length === 1) {
    return group.map((index) => ({ type: 'quote', relation: 'single', speakerName: items[index]!.passage.speakerName, mentions: [mention(items[index]!)], confidence: 1 }));
  }
  const alignments: QuoteAlignment[] = [];
  for (const otherIndex of articleIndexes) {
    const others = group.filter((index) => items[index]!.articleIndex === otherIndex);
    const partnerIndex = articleIndexes.find((candidate) => candidate !== otherIndex && group.some((index) =>
      items[index]!.articleIndex === candidate && others.some((other) => isLinked(index, other))));
    if (partnerIndex === undefined || partnerIndex > otherIndex) continue;
    const firstPieces = group.filter((index) => items[index]!.articleIndex === partnerIndex && others.some((other) => isLinked(index, other)));
    const secondPieces = others.filter((other) => firstPieces.some((index) => isLinked(index, other)));
    orderByPlaceIn(firstPieces, secondPieces, items);
    orderByPlaceIn(secondPieces, firstPieces, items);
    const comparison = compareQuotes(firstPieces.map((index) => items[index]!.text), secondPieces.map((index) => items[index]!.text));
    alignments.push({
      type: 'quote',
      relation: comparison.relation,
      speakerName,
      mentions: [...firstPieces, ...secondPieces].map((index) => mention(items[index]!)),
      ...(comparison.diff ? { diff: comparison.diff } : {}),
      confidence: comparison.confidence,
    });
  }
  return alignments;
}

/** Pieces of a splice in the order the joined quotation gives them, so the diff reads straight. */
function orderByPlaceIn(pieces: number[], other: readonly number[], items: readonly QuoteItem[]): void {
  if (pieces.length < 2 || other.length !== 1) return;
  const joined = items[other[0]!]!.words;
  const place = (index: number): number => {
    const { inB } = longestCommonSubsequence(items[index]!.words, joined);
    return inB.length > 0 ? inB[0]! : joined.length;
  };
  const places = new Map(pieces.map((index) => [index, place(index)]));
  pieces.sort((a, b) => places.get(a)! - places.get(b)!);
}

function mention(item: QuoteItem): Mention {
  return { articleId: item.passage.articleId, span: { start: item.passage.start, end: item.passage.end } };
}

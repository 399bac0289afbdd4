import type { Article, FactAlignment, FactRelation, Mention, QuoteAlignment } from '../model/index.js';
import { candidatePairs } from './candidate-index.js';
import { claimConflict, type ClaimConflict } from './claim-conflict.js';
import { claimSimilarity, type ClaimSimilarity } from './claim-similarity.js';
import type { ClaimUnit } from './claim-units.js';
import { buildIdf, type IdfTable } from './idf.js';
import { findSpeakerConflicts } from './speaker-conflicts.js';

// Thresholds on claimSimilarity. Calibrated on BASIL: over 336k sentence pairs from articles of
// different events (each pair's idf from its two articles, as in a comparison), 99.9% score under
// 0.23 and 99.99% under 0.34. Sentences of one story share names and so score higher by chance;
// 0.4 keeps chance alignments rare there too. A pair that agrees on a figure that says what it
// measures ("almost two hours", "more than 80 people") is accepted from 0.25, above the 99.9th
// percentile: outlets retelling one fact in their own words share the figure more than the words.
// (MSRP's cross-validated paraphrase cut, 0.57, is the stricter "same content" decision.)
export const SAME_CLAIM_THRESHOLD = 0.4;
export const ANCHORED_CLAIM_THRESHOLD = 0.25;
export const SAME_WORDING_THRESHOLD = 0.9;
// Sentences mostly inside quotation marks are quotations, aligned as such, not claims.
const MAX_QUOTED_SHARE = 0.5;
const MIN_CLAIM_TERMS = 3;
const CANDIDATES = { perItem: 12, maxShare: 0.3 };

interface ScoredEdge {
  a: number;
  b: number;
  similarity: ClaimSimilarity;
}

/** What conflicts beyond numbers and dates need: the articles' entities, and the aligned quotations. */
export interface FactContext {
  articles: readonly Article[];
  quotes?: readonly QuoteAlignment[];
}

/**
 * Aligns the claims of all articles: groups with at most one sentence per article. With the
 * articles, conflicts over names and places are found too, and with the aligned quotations,
 * conflicts over who said them (appended as facts of their own).
 */
export function alignFacts(units: readonly ClaimUnit[], context?: FactContext): { facts: FactAlignment[]; groups: number[][]; claims: ClaimUnit[]; idf: IdfTable } {
  const claims = units.filter((unit) => unit.quotedShare <= MAX_QUOTED_SHARE && unit.keys.length >= MIN_CLAIM_TERMS);
  const idf = buildIdf(claims.map((unit) => unit.keys));
  const edges: ScoredEdge[] = candidatePairs(claims, idf, CANDIDATES)
    .map(([a, b]) => ({ a, b, similarity: claimSimilarity(claims[a]!, claims[b]!, idf) }))
    .filter((edge) => accepts(edge.similarity))
    .sort((x, y) => y.similarity.score - x.similarity.score);
  const groups = groupOnePerArticle(claims, edges);
  const edgesByGroup = new Map<number, ScoredEdge[]>();
  const groupOf = new Map<number, number>();
  groups.forEach((group, index) => group.forEach((member) => groupOf.set(member, index)));
  for (const edge of edges) {
    const group = groupOf.get(edge.a)!;
    if (group === groupOf.get(edge.b)) edgesByGroup.set(group, [...(edgesByGroup.get(group) ?? []), edge]);
  }
  const facts = groups.map((group, index) => factAlignment(group.map((member) => claims[member]!), edgesByGroup.get(index) ?? [], claims, context));
  const speakerConflicts = context?.quotes ? findSpeakerConflicts(context.articles, context.quotes) : [];
  return { facts: [...facts, ...speakerConflicts], groups, claims, idf };
}

function accepts(similarity: ClaimSimilarity): boolean {
  if (similarity.score >= SAME_CLAIM_THRESHOLD) return true;
  return similarity.score >= ANCHORED_CLAIM_THRESHOLD && similarity.numbersAgree;
}

/** Best matches first; two groups merge only when no article would have two sentences in it. */
function groupOnePerArticle(claims: readonly ClaimUnit[], edges: readonly ScoredEdge[]): number[][] {
  const groupOf = claims.map((_, index) => index);
  const members = new Map<number, number[]>(claims.map((_, index) => [index, [index]]));
  for (const { a, b } of edges) {
    const groupA = groupOf[a]!;
    const groupB = groupOf[b]!;
    if (groupA === groupB) continue;
    const listA = members.get(groupA)!;
    const listB = members.get(groupB)!;
    const articles = new Set(listA.map((member) => claims[member]!.articleIndex));
    if (listB.some((member) => articles.has(claims[member]!.articleIndex))) continue;
    for (const member of listB) groupOf[member] = groupA;
    listA.push(...listB);
    members.delete(groupB);
  }
  return [...members.values()].map((list) => list.sort((x, y) => claims[x]!.articleIndex - claims[y]!.articleIndex));
}

function factAlignment(group: readonly ClaimUnit[], edges: readonly ScoredEdge[], claims: readonly ClaimUnit[], context: FactContext | undefined): FactAlignment {
  const mentions: Mention[] = group.map((unit) => ({ articleId: unit.articleId, span: { start: unit.start, end: unit.end } }));
  if (group.length === 1) return { type: 'fact', relation: 'single', mentions, confidence: 1 };
  let conflict: ClaimConflict | null = null;
  for (const edge of edges) {
    conflict = claimConflict(claims[edge.a]!, claims[edge.b]!, edge.similarity, context?.articles);
    if (conflict) break;
  }
  const relation: FactRelation = conflict ? 'conflict' : edges.every((edge) => edge.similarity.lexical >= SAME_WORDING_THRESHOLD) ? 'same' : 'paraphrase';
  const confidence = edges.length === 0 ? 0 : edges.reduce((sum, edge) => sum + edge.similarity.score, 0) / edges.length;
  return {
    type: 'fact',
    relation,
    mentions,
    ...(conflict ? { conflict: conflict.note, conflictKind: conflict.kind, conflictMentions: conflict.mentions } : {}),
    confidence: Math.round(confidence * 1000) / 1000,
  };
}

import type { Article, FactAlignment, NumberAlignment, NumberMention } from '../model/index.js';
import type { ClaimUnit } from './claim-units.js';
import { compatibleValues, sameQuantity } from './number-intervals.js';
import { UnionFind } from './union-find.js';

interface NumberItem {
  articleIndex: number;
  articleId: string;
  mention: NumberMention;
  /** The fact group of the sentence holding it, or -1 when the sentence is not a claim. */
  group: number;
}

// Outside an aligned claim, two figures count as one only when they say what they count (a noun)
// and agree; bare counts ("2", "10") recur everywhere by chance. Such matches are less certain.
const LOOSE_MATCH_CONFIDENCE = 0.6;
const CLAIM_MATCH_CONFIDENCE = 0.9;

/**
 * Numbers compared across articles: figures of one quantity that can both be true agree (within
 * an aligned claim, or anywhere when both name what they count); the rest only one outlet gives.
 * Figures that cannot both be true conflict when the aligned claim holding them was found to
 * conflict over them (`facts[group]`, see claim-conflict.ts): a sentence often holds several
 * amounts in one unit ("21 percent", "17 percent"), and only the claim's check pairs the right
 * two. Without `facts`, any incompatible pair of one quantity in one claim conflicts.
 */
export function alignNumbers(articles: readonly Article[], claims: readonly ClaimUnit[], groups: readonly number[][], facts?: readonly FactAlignment[]): NumberAlignment[] {
  const groupOfClaim = new Map<ClaimUnit, number>();
  groups.forEach((group, index) => group.forEach((member) => groupOfClaim.set(claims[member]!, index)));
  const claimsByArticle = articles.map(() => [] as ClaimUnit[]);
  for (const claim of claims) claimsByArticle[claim.articleIndex]!.push(claim);
  const items: NumberItem[] = articles.flatMap((article, articleIndex) => (article.numbers ?? []).map((mention) => ({
    articleIndex,
    articleId: article.id,
    mention,
    group: groupOfMention(claimsByArticle[articleIndex]!, groupOfClaim, mention),
  })));
  const sets = new UnionFind(items.length);
  const confidence = new Map<number, number>();
  const conflicts: NumberAlignment[] = [];
  const agreeing: { a: number; b: number; closeness: number; sameClaim: boolean }[] = [];
  for (const [a, b] of comparablePairs(items)) {
    const first = items[a]!;
    const second = items[b]!;
    const sameClaim = first.group >= 0 && first.group === second.group;
    if (compatibleValues(first.mention, second.mention)) {
      if (!sameClaim && !(first.mention.noun && second.mention.noun)) continue;
      agreeing.push({ a, b, closeness: closeness(first.mention, second.mention) + (sameClaim ? 4 : 0), sameClaim });
    } else if (sameClaim && (first.mention.unit !== 'count' || (first.mention.noun && second.mention.noun)) && (!facts || isFactConflict(facts[first.group], first, second))) {
      conflicts.push({ type: 'number', relation: 'conflict', mentions: [toMention(first), toMention(second)], confidence: CLAIM_MATCH_CONFIDENCE });
    }
  }
  // One figure stands for one figure of each other article: a sentence with "more than 80 dead,
  // sickened hundreds" must not let both its figures agree with another outlet's "more than 80".
  // The closest pairs are taken first (same claim, then same value, bound and noun).
  agreeing.sort((x, y) => y.closeness - x.closeness || x.a - y.a || x.b - y.b);
  const matchedIn = new Set<string>();
  for (const { a, b, sameClaim } of agreeing) {
    const keyA = `${a}>${items[b]!.articleIndex}`;
    const keyB = `${b}>${items[a]!.articleIndex}`;
    if (matchedIn.has(keyA) || matchedIn.has(keyB)) continue;
    matchedIn.add(keyA);
    matchedIn.add(keyB);
    const root = sets.union(a, b);
    confidence.set(root, Math.max(confidence.get(root) ?? 0, sameClaim ? CLAIM_MATCH_CONFIDENCE : LOOSE_MATCH_CONFIDENCE));
  }
  const groupsOfNumbers = sets.groups();
  const agreed: NumberAlignment[] = groupsOfNumbers.map((group) => {
    const relation = new Set(group.map((index) => items[index]!.articleIndex)).size > 1 ? 'agree' : 'single';
    return {
      type: 'number',
      relation,
      mentions: group.map((index) => toMention(items[index]!)),
      confidence: relation === 'agree' ? confidence.get(sets.find(group[0]!)) ?? LOOSE_MATCH_CONFIDENCE : 1,
    };
  });
  return [...conflicts, ...agreed];
}

/** How alike two compatible figures are: same value, same bound, same counted noun each count. */
function closeness(a: NumberMention, b: NumberMention): number {
  return (JSON.stringify(a.value) === JSON.stringify(b.value) ? 2 : 0) + (a.bound === b.bound ? 1 : 0) + (a.noun !== undefined && a.noun === b.noun ? 1 : 0);
}

/** Pairs of one quantity from different articles; a bucket of the same unit and noun is small. */
function* comparablePairs(items: readonly NumberItem[]): Generator<[number, number]> {
  const unitOnly = new Map<string, number[]>();
  items.forEach((item, index) => unitOnly.set(item.mention.unit, [...(unitOnly.get(item.mention.unit) ?? []), index]));
  for (const bucket of unitOnly.values()) {
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const a = items[bucket[i]!]!;
        const b = items[bucket[j]!]!;
        if (a.articleIndex === b.articleIndex || !sameQuantity(a.mention, b.mention)) continue;
        if (a.group !== b.group && !(a.mention.noun && b.mention.noun)) continue;
        yield [bucket[i]!, bucket[j]!];
      }
    }
  }
}

function isFactConflict(fact: FactAlignment | undefined, first: NumberItem, second: NumberItem): boolean {
  if (fact?.conflictKind !== 'number') return false;
  const spans = (fact.conflictMentions ?? []).map((mention) => `${mention.articleId}:${mention.span.start}`);
  return spans.includes(`${first.articleId}:${first.mention.start}`) && spans.includes(`${second.articleId}:${second.mention.start}`);
}

function groupOfMention(articleClaims: readonly ClaimUnit[], groupOfClaim: Map<ClaimUnit, number>, mention: NumberMention): number {
  const claim = articleClaims.find((unit) => unit.start <= mention.start && mention.end <= unit.end);
  return claim ? groupOfClaim.get(claim) ?? -1 : -1;
}

function toMention(item: NumberItem): { articleId: string; span: { start: number; end: number } } {
  return { articleId: item.articleId, span: { start: item.mention.start, end: item.mention.end } };
}

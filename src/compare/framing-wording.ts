import type { Article, FactAlignment, Mention, WordingPair } from '../model/index.js';
import { longestCommonSubsequence } from '../align/word-sequence.js';
import { STOPWORDS } from '../align/stopwords.js';
import { sameModifierPairs } from './framing-modifiers.js';
import { pairOf, type ContentWord, type Slot } from './framing-words.js';

/**
 * Word classes that can fill the same slot. A noun is swapped for a noun ("attack" / "assault");
 * a verb for a verb, a passive participle for a predicative adjective ("were killed" / "dead").
 * Numbers are left to the number alignment; adverbs and function words carry no referent.
 */
const SLOT_CLASS: Record<string, Slot> = { NOUN: 'nominal', PROPN: 'nominal', VERB: 'action', ADJ: 'predicate' };
// Longer runs between two shared words are rewritten clauses, not a word chosen for a slot.
const MAX_SLOT_WORDS = 3;
const MAX_SLOT_TOKENS = 4;
// How far (in tokens, function words included) a word before or after the shared words may be.
const MAX_EDGE_GAP_TOKENS = 3;
// Honorifics and abbreviated titles are an entity's form (listed per entity), not a slot's word.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'rev', 'sen', 'rep', 'gov', 'gen', 'jr', 'sr', 'ft', 'st']);

/**
 * The differing words in the same slot of aligned claims. Two sentences of one fact are diffed on
 * their content lemmas (longest common subsequence, as for quotations); a short run between two
 * shared words that differs on both sides is a substitution, and so is the word just before the
 * first or after the last shared word when two shared words in a row anchor it. A word the other sentence also has elsewhere is moved, not substituted.
 * Then, over all aligned sentences, a noun after the same two modifiers ("chemical weapons attack"
 * / "chemical weapons assault") is paired with the other outlet's noun.
 */
export function wordingPairs(articles: readonly Article[], facts: readonly FactAlignment[]): WordingPair[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const aligned = facts.filter((fact) => fact.relation !== 'single' && new Set(fact.mentions.map((mention) => mention.articleId)).size > 1);
  const pairs: WordingPair[] = [];
  const seen = new Set<string>();
  const order = new Map(articles.map((article, index) => [article.id, index]));
  const push = (found: WordingPair): void => {
    // Sides in source order, so "[A] … vs [B] …" reads the same way in every entry.
    const swap = (order.get(found.mentions[0]!.articleId) ?? 0) > (order.get(found.mentions[1]!.articleId) ?? 0);
    const pair = swap ? { basis: found.basis, texts: [...found.texts].reverse(), mentions: [...found.mentions].reverse() } : found;
    const key = `${pair.mentions.map((mention) => mention.articleId).join('|')}:${pair.texts.join('|').toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push(pair);
  };
  for (const fact of aligned) {
    const first = fact.mentions[0]!;
    for (const other of fact.mentions.slice(1)) {
      if (other.articleId === first.articleId) continue;
      const a = byId.get(first.articleId);
      const b = byId.get(other.articleId);
      if (a && b) for (const pair of sentenceSubstitutions(a, first, b, other)) push(pair);
    }
  }
  for (const pair of sameModifierPairs(byId, aligned)) push(pair);
  return pairs;
}

function contentWords(article: Article, mention: Mention): ContentWord[] {
  const words: ContentWord[] = [];
  const tokens = article.tokens ?? [];
  tokens.forEach((token, index) => {
    if (token.start < mention.span.start || token.end > mention.span.end) return;
    // After a form of "be" a verb is a passive participle: it fills an adjective's slot.
    const passive = token.pos === 'VERB' && tokens[index - 1]?.lemma.toLowerCase() === 'be';
    const slot = passive ? 'predicate' : SLOT_CLASS[token.pos];
    const lemma = token.lemma.toLowerCase();
    const bare = lemma.replace(/\.$/, '');
    if (slot && !STOPWORDS.has(lemma) && !HONORIFICS.has(bare) && /\p{L}/u.test(lemma)) words.push({ token, index, lemma, slot });
  });
  return words;
}

function sentenceSubstitutions(a: Article, first: Mention, b: Article, other: Mention): WordingPair[] {
  const left = contentWords(a, first);
  const right = contentWords(b, other);
  const { inA, inB } = longestCommonSubsequence(left.map((word) => word.lemma), right.map((word) => word.lemma));
  if (inA.length === 0) return [];
  const leftLemmas = new Set(left.map((word) => word.lemma));
  const rightLemmas = new Set(right.map((word) => word.lemma));
  const found: WordingPair[] = [];
  const emit = (fromA: ContentWord[], fromB: ContentWord[]): void => {
    if (fromA.length === 0 || fromB.length === 0 || fromA.length > MAX_SLOT_WORDS || fromB.length > MAX_SLOT_WORDS) return;
    if (tokenCount(fromA) > MAX_SLOT_TOKENS || tokenCount(fromB) > MAX_SLOT_TOKENS) return;
    if (fromA.some((word) => rightLemmas.has(word.lemma)) || fromB.some((word) => leftLemmas.has(word.lemma))) return;
    if (fromA[fromA.length - 1]!.slot !== fromB[fromB.length - 1]!.slot) return;
    const pair = pairOf('aligned-fact', a, fromA, b, fromB);
    if (!namesOnly(fromA, fromB) && !spellingVariant(pair.texts[0]!, pair.texts[1]!)) found.push(pair);
  };
  // Before the first shared word and after the last, the neighbouring word is in the same slot
  // only next to a firm anchor (two shared words in a row) and close to it on both sides.
  const firmAt = (position: number, step: 1 | -1): boolean => {
    const other = position + step;
    return other >= 0 && other < inA.length && Math.abs(inA[other]! - inA[position]!) === 1 && Math.abs(inB[other]! - inB[position]!) === 1;
  };
  const near = (word: ContentWord | undefined, anchor: ContentWord): boolean => word !== undefined && Math.abs(word.index - anchor.index) <= MAX_EDGE_GAP_TOKENS;
  const lastA = inA[inA.length - 1]!;
  const lastB = inB[inB.length - 1]!;
  if (firmAt(0, 1) && near(left[inA[0]! - 1], left[inA[0]!]!) && near(right[inB[0]! - 1], right[inB[0]!]!)) {
    emit([left[inA[0]! - 1]!], [right[inB[0]! - 1]!]);
  }
  for (let index = 1; index < inA.length; index += 1) {
    emit(left.slice(inA[index - 1]! + 1, inA[index]), right.slice(inB[index - 1]! + 1, inB[index]));
  }
  if (firmAt(inA.length - 1, -1) && near(left[lastA + 1], left[lastA]!) && near(right[lastB + 1], right[lastB]!)) {
    emit([left[lastA + 1]!], [right[lastB + 1]!]);
  }
  return found;
}

/** Tokens from the first word to the last: a slot is a short phrase, not a clause. */
function tokenCount(words: readonly ContentWord[]): number {
  return words[words.length - 1]!.index - words[0]!.index + 1;
}

/** Two proper names on both sides differ in who or where, or in spelling: not a choice of words. */
function namesOnly(fromA: readonly ContentWord[], fromB: readonly ContentWord[]): boolean {
  return [...fromA, ...fromB].every((word) => word.token.pos === 'PROPN');
}

/** "e-mails" / "emails", "Protesters" / "protesters": the same word written differently. */
function spellingVariant(a: string, b: string): boolean {
  const fold = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return fold(a) === fold(b);
}

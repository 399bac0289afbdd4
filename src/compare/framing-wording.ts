import type { Article, FactAlignment, Mention, Token, WordingPair } from '../model/index.js';
import { longestCommonSubsequence } from '../align/word-sequence.js';
import { STOPWORDS } from '../align/stopwords.js';

/**
 * Word classes that can fill the same slot. A noun is swapped for a noun ("attack" / "assault");
 * a verb for a verb, a passive participle for a predicative adjective ("were killed" / "dead"). Numbers are left to the
 * number alignment, adverbs and function words carry no referent.
 */
type Slot = 'nominal' | 'predicate' | 'action';
const SLOT_CLASS: Record<string, Slot> = { NOUN: 'nominal', PROPN: 'nominal', VERB: 'action', ADJ: 'predicate' };
// Longer runs between two shared words are rewritten clauses, not a word chosen for a slot.
const MAX_SLOT_WORDS = 3;

interface ContentWord {
  token: Token;
  lemma: string;
  slot: Slot;
}

/**
 * The differing words in the same slot of aligned claims. Two sentences of one fact are diffed on
 * their content lemmas (longest common subsequence, as for quotations); a short run between two
 * shared words that differs on both sides is a substitution, and so is the word next to the first
 * or last shared word. A word the other sentence also has elsewhere is moved, not substituted.
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
    if (slot && !STOPWORDS.has(lemma) && /\p{L}/u.test(lemma)) words.push({ token, lemma, slot });
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
    if (fromA.some((word) => rightLemmas.has(word.lemma)) || fromB.some((word) => leftLemmas.has(word.lemma))) return;
    if (fromA[fromA.length - 1]!.slot !== fromB[fromB.length - 1]!.slot) return;
    found.push(pairOf('aligned-fact', a, fromA, b, fromB));
  };
  // Before the first shared word and after the last: only the neighbouring word is in the same slot.
  emit(left.slice(0, inA[0]).slice(-1), right.slice(0, inB[0]).slice(-1));
  for (let index = 1; index < inA.length; index += 1) {
    emit(left.slice(inA[index - 1]! + 1, inA[index]), right.slice(inB[index - 1]! + 1, inB[index]));
  }
  emit(left.slice(inA[inA.length - 1]! + 1).slice(0, 1), right.slice(inB[inB.length - 1]! + 1).slice(0, 1));
  return found;
}

function sameModifierPairs(byId: ReadonlyMap<string, Article>, aligned: readonly FactAlignment[]): WordingPair[] {
  // modifiers ("chemical weapon") → the nouns after them, with where.
  const heads = new Map<string, Array<{ article: Article; modifiers: Token[]; head: Token }>>();
  const visited = new Set<string>();
  for (const mention of aligned.flatMap((fact) => fact.mentions)) {
    const article = byId.get(mention.articleId);
    const key = `${mention.articleId}:${mention.span.start}`;
    if (!article || visited.has(key)) continue;
    visited.add(key);
    const tokens = (article.tokens ?? []).filter((token) => token.start >= mention.span.start && token.end <= mention.span.end);
    for (let index = 2; index < tokens.length; index += 1) {
      const [first, second, head] = [tokens[index - 2]!, tokens[index - 1]!, tokens[index]!];
      if (head.pos !== 'NOUN' || ![first, second].every((token) => ['NOUN', 'ADJ', 'PROPN'].includes(token.pos))) continue;
      const modifiers = `${first.lemma} ${second.lemma}`.toLowerCase();
      const list = heads.get(modifiers) ?? [];
      list.push({ article, modifiers: [first, second], head });
      heads.set(modifiers, list);
    }
  }
  const found: WordingPair[] = [];
  for (const list of heads.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const [x, y] = [list[i]!, list[j]!];
        if (x.article.id === y.article.id || x.head.lemma.toLowerCase() === y.head.lemma.toLowerCase()) continue;
        const word = (article: Article, token: Token): ContentWord => ({ token, lemma: token.lemma.toLowerCase(), slot: 'nominal' });
        found.push(pairOf('same-modifiers', x.article, [...x.modifiers, x.head].map((token) => word(x.article, token)), y.article, [...y.modifiers, y.head].map((token) => word(y.article, token))));
      }
    }
  }
  return found;
}

function pairOf(basis: WordingPair['basis'], a: Article, fromA: ContentWord[], b: Article, fromB: ContentWord[]): WordingPair {
  const span = (words: ContentWord[]) => ({ start: words[0]!.token.start, end: words[words.length - 1]!.token.end });
  const spanA = span(fromA);
  const spanB = span(fromB);
  return {
    basis,
    texts: [a.text.slice(spanA.start, spanA.end), b.text.slice(spanB.start, spanB.end)],
    mentions: [{ articleId: a.id, span: spanA }, { articleId: b.id, span: spanB }],
  };
}

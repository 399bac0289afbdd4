import type { Article, FactAlignment, WordingPair } from '../model/index.js';
import { pairOf, type ContentWord } from './framing-words.js';

/**
 * Over all aligned sentences, a noun after the same two modifiers ("chemical weapons attack" /
 * "chemical weapons assault") paired with the other outlet's noun.
 */
export function sameModifierPairs(byId: ReadonlyMap<string, Article>, aligned: readonly FactAlignment[]): WordingPair[] {
  // modifiers ("chemical weapon") → the nouns after them in aligned sentences, with where.
  const heads = new Map<string, Array<{ article: Article; words: ContentWord[] }>>();
  const visited = new Set<string>();
  for (const mention of aligned.flatMap((fact) => fact.mentions)) {
    const article = byId.get(mention.articleId);
    const key = `${mention.articleId}:${mention.span.start}`;
    if (!article || visited.has(key)) continue;
    visited.add(key);
    for (const found of modifiedNouns(article, mention.span.start, mention.span.end)) {
      const list = heads.get(found.modifiers) ?? [];
      list.push({ article, words: found.words });
      heads.set(found.modifiers, list);
    }
  }
  const found: WordingPair[] = [];
  for (const [modifiers, list] of heads) {
    // An outlet that writes two different nouns after the same modifiers in its aligned sentences
    // ("Tea Party movement", "Tea Party protesters") means two things by them: no single referent.
    const headsIn = (id: string): Set<string> => new Set(list.filter((entry) => entry.article.id === id).map((entry) => entry.words[2]!.lemma));
    const ambiguous = new Set(list.map((entry) => entry.article.id).filter((id) => headsIn(id).size > 1));
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const [x, y] = [list[i]!, list[j]!];
        if (x.article.id === y.article.id || ambiguous.has(x.article.id) || ambiguous.has(y.article.id)) continue;
        if (x.words[2]!.lemma === y.words[2]!.lemma) continue;
        // A choice of words only if one outlet's noun never follows these modifiers in the other's text.
        if (headsAfter(y.article, modifiers).has(x.words[2]!.lemma) && headsAfter(x.article, modifiers).has(y.words[2]!.lemma)) continue;
        found.push(pairOf('same-modifiers', x.article, x.words, y.article, y.words));
      }
    }
  }
  return found;
}

/** Nouns after two adjacent modifiers (nouns, adjectives or names) inside [start, end). */
function modifiedNouns(article: Article, start: number, end: number): Array<{ modifiers: string; words: ContentWord[] }> {
  const tokens = article.tokens ?? [];
  const found: Array<{ modifiers: string; words: ContentWord[] }> = [];
  for (let index = 2; index < tokens.length; index += 1) {
    const head = tokens[index]!;
    if (head.end > end || tokens[index - 2]!.start < start) continue;
    const trio = [tokens[index - 2]!, tokens[index - 1]!, head];
    if (head.pos !== 'NOUN' || !trio.slice(0, 2).every((token) => ['NOUN', 'ADJ', 'PROPN'].includes(token.pos))) continue;
    const words = trio.map((token, offset) => ({ token, index: index - 2 + offset, lemma: token.lemma.toLowerCase(), slot: 'nominal' as const }));
    found.push({ modifiers: `${words[0]!.lemma} ${words[1]!.lemma}`, words });
  }
  return found;
}

function headsAfter(article: Article, modifiers: string): Set<string> {
  return new Set(modifiedNouns(article, 0, article.text.length).filter((found) => found.modifiers === modifiers).map((found) => found.words[2]!.lemma));
}

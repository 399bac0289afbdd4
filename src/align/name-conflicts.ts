import type { Article, Entity, Mention } from '../model/index.js';
import { findWords } from '../text/words.js';
import { regionLevel } from './region-names.js';
import { sameNamed } from './same-named.js';
import { longestCommonSubsequence } from './word-sequence.js';

/** Two named entities that fill the same place in two tellings of one claim. */
export interface NameConflict {
  kind: 'name' | 'place';
  first: Entity;
  second: Entity;
}

/** A passage of one article: the article and the span of the sentence. */
export interface Passage {
  article: Article;
  start: number;
  end: number;
}

/** A word of a passage, or a whole entity mention standing as one item. */
interface Item {
  token: string;
  entity?: Entity;
}

// A substitution needs the words around the slot to be the same: at least four matched words
// side by side with it ("the vote was led by ___ on Tuesday"), so a name that merely stands in a
// different clause of a retold sentence is not taken for a rival. Words allowed in a slot beside
// the name: articles and titles, which outlets add or drop freely ("Sen. X" against "Y").
const MIN_CONTEXT_WORDS = 4;
const SLOT_FILLER = new Set([
  'the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'gen', 'general',
  'president', 'minister', 'secretary', 'chairman', 'judge', 'justice', 'mayor', 'former',
]);
// Outlets list different members of a set ("X, Y and Z"): a name beside a conjunction is one
// item of a list, and leaving one out or naming another is no contradiction.
const CONJUNCTIONS = new Set(['and', 'or', 'nor', 'with', 'including', 'include', 'includes', 'like', 'plus']);
// A place differs only as the scene of the event ("in X"): other places in a sentence are often
// origins, destinations or metonyms ("Moscow said").
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside']);

/**
 * Finds one named entity that two closely worded passages put in the same slot while naming
 * different people, organizations or places ("led by X" against "led by Y"). Returns null when
 * the names may be the same (a shared name word, an acronym), when either article also names
 * the other's entity, or when the slot is a list, a pronoun or loosely matched.
 */
export function findNameConflict(a: Passage, b: Passage): NameConflict | null {
  const entitiesA = entitiesWithin(a);
  const entitiesB = entitiesWithin(b);
  if (entitiesA.length === 0 || entitiesB.length === 0) return null;
  const itemsA = items(a, entitiesA, (entity) => `a:${entity.key}`);
  const itemsB = items(b, entitiesB, (entity) => {
    const same = entitiesA.find((other) => sameNamed(other, entity));
    return same ? `a:${same.key}` : `b:${entity.key}`;
  });
  const { inA, inB } = longestCommonSubsequence(itemsA.map((item) => item.token), itemsB.map((item) => item.token));
  // Matched positions with sentinels at both ends, so gaps at the start or end are found too.
  const pairsA = [-1, ...inA, itemsA.length];
  const pairsB = [-1, ...inB, itemsB.length];
  for (let index = 0; index + 1 < pairsA.length; index += 1) {
    const gapA = itemsA.slice(pairsA[index]! + 1, pairsA[index + 1]!);
    const gapB = itemsB.slice(pairsB[index]! + 1, pairsB[index + 1]!);
    const first = slotEntity(gapA);
    const second = slotEntity(gapB);
    if (!first || !second || first.kind !== second.kind || first.kind === 'other') continue;
    if (sameNamed(first, second)) continue;
    if (namedIn(b.article, first) || namedIn(a.article, second)) continue;
    const left = contextRun(inA, inB, index - 1, -1);
    const right = contextRun(inA, inB, index, 1);
    if (left + right < MIN_CONTEXT_WORDS) continue;
    const before = neighbour(itemsA, pairsA[index]!, -1);
    const after = neighbour(itemsA, pairsA[index + 1]!, 1);
    if (CONJUNCTIONS.has(before) || CONJUNCTIONS.has(after)) continue;
    if (first.kind === 'place' && !placesComparable(first, second, before)) continue;
    return { kind: first.kind === 'place' ? 'place' : 'name', first, second };
  }
  return null;
}

/**
 * Two places conflict only as the scene of the event, and only two listed countries, states or
 * continents of one level: "in Moscow" and "in Russia" are both true of one meeting, and
 * "Brooklyn" and "New York" of one court (see region-names.ts).
 */
function placesComparable(first: Entity, second: Entity, before: string): boolean {
  const level = regionLevel(first.name);
  return LOCATIVE.has(before) && level !== null && level === regionLevel(second.name);
}

/**
 * The article names the entity somewhere. Then the other name in the slot may be another name
 * of the same thing (a team and its nickname, "Evansville" and "the Purple Aces"; a place and a
 * place inside it), or the article gives both people a part: no contradiction is certain.
 */
function namedIn(article: Article, entity: Entity): boolean {
  return (article.entities ?? []).some((other) => sameNamed(other, entity));
}

/** The nearest word from `from` outward that is not an article or title ("and" in "and Sen. X"). */
function neighbour(items: readonly Item[], from: number, step: 1 | -1): string {
  for (let index = from; index >= 0 && index < items.length; index += step) {
    if (!SLOT_FILLER.has(items[index]!.token)) return items[index]!.token;
  }
  return '';
}

/** The one entity of a slot whose other words are articles or titles; null otherwise. */
function slotEntity(gap: readonly Item[]): Entity | null {
  const named = gap.filter((item) => item.entity);
  if (named.length !== 1) return null;
  return gap.every((item) => item.entity || SLOT_FILLER.has(item.token)) ? named[0]!.entity! : null;
}

/** How many matched items run side by side (in both passages) from a matched position outward. */
function contextRun(inA: readonly number[], inB: readonly number[], from: number, step: 1 | -1): number {
  let run = 0;
  for (let index = from; index >= 0 && index < inA.length; index += step) {
    const next = index + step;
    run += 1;
    if (next < 0 || next >= inA.length || Math.abs(inA[next]! - inA[index]!) !== 1 || Math.abs(inB[next]! - inB[index]!) !== 1) break;
  }
  return run;
}

function entitiesWithin(passage: Passage): Entity[] {
  return (passage.article.entities ?? []).filter((entity) => entity.start >= passage.start && entity.end <= passage.end);
}

/**
 * The passage as items: words in lower case, each entity mention one item whose token
 * `tokenOf` gives (an entity of the second passage takes the token of the first passage's
 * entity of the same name, so the two match in the common subsequence).
 */
function items(passage: Passage, entities: readonly Entity[], tokenOf: (entity: Entity) => string): Item[] {
  const { text } = passage.article;
  const result: Item[] = [];
  let entityIndex = 0;
  for (const word of findWords(text.slice(passage.start, passage.end))) {
    const start = passage.start + word.start;
    while (entityIndex < entities.length && entities[entityIndex]!.end <= start) entityIndex += 1;
    const entity = entities[entityIndex];
    if (entity && entity.start <= start) {
      if (result[result.length - 1]?.entity !== entity) result.push({ token: `\u0000${tokenOf(entity)}`, entity });
      continue;
    }
    result.push({ token: word.text.toLowerCase().replace(/’/g, "'") });
  }
  return result;
}

/** The differing names as mentions, first passage's first. */
export function nameConflictMentions(a: Passage, b: Passage, conflict: NameConflict): Mention[] {
  return [
    { articleId: a.article.id, span: { start: conflict.first.start, end: conflict.first.end } },
    { articleId: b.article.id, span: { start: conflict.second.start, end: conflict.second.end } },
  ];
}

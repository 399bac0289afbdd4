import type { ArticleEntity } from './canonical-names.js';
import type { Occurrence } from './occurrences.js';

/** Role heads a description may end with, longest first so "prime minister" wins over "minister". */
const HEADS = [
  'secretary of state', 'secretary of defense', 'defense secretary', 'foreign minister',
  'prime minister', 'defense minister', 'vice president', 'secretary-general', 'president',
  'leader', 'minister', 'chancellor', 'senator', 'governor', 'spokesman', 'spokeswoman',
  'diplomat', 'king', 'queen', 'pope', 'premier', 'ambassador', 'mayor', 'envoy', 'secretary',
];

/** A head whose words may be capitalized too, as some outlets write "the President". */
function eitherCase(head: string): string {
  return head.replace(/\b\p{Ll}/gu, (letter) => `[${letter}${letter.toUpperCase()}]`);
}

/** "the [former|top|Russian|U.S. …] president": the article, modifiers, then a role head. */
export const DESCRIPTION = new RegExp(
  String.raw`\b[Tt]he\s+((?:(?:former|top|new|current|outgoing|embattled|\p{Lu}[\p{L}.]*)\s+)*)(${HEADS.map(eitherCase).join('|')})\b`,
  'gu',
);

/** Heads that name a kind of role rather than one title: which titles each stands for. */
const HEAD_MATCHES: Record<string, RegExp> = {
  leader: /president|prime minister|premier|chancellor|king|queen|leader/i,
  diplomat: /secretary of state|foreign minister|diplomat|ambassador|envoy/i,
  'defense secretary': /secretary of defense|defense secretary/i,
  'secretary of defense': /secretary of defense|defense secretary/i,
};

/**
 * How many person mentions back a description may look. A long article names its people every
 * few paragraphs; 300 mentions is several articles' worth, and keeps a 5 MB text linear.
 */
const MAX_OCCURRENCES_BACK = 300;

/** Folds a place or nationality word to a comparable stem: "Russian", "Russia's" → "russi". */
function placeStem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '').replace(/\./g, '');
  if (['us', 'american', 'america'].includes(lower)) return 'us';
  return lower.slice(0, 5);
}

function titleMatches(entity: ArticleEntity, head: string): boolean {
  const pattern = HEAD_MATCHES[head] ?? new RegExp(`\\b${head}\\b`, 'i');
  return entity.titles.some((title) => pattern.test(title));
}

/**
 * Whether the description's place words agree with the entity's. With none, any entity fits;
 * "the U.S. president" also fits a president the article never places (a US outlet's own).
 */
function placeMatches(entity: ArticleEntity, modifiers: readonly string[]): boolean {
  const places = modifiers.filter((word) => /^\p{Lu}/u.test(word)).map(placeStem);
  if (places.length === 0) return true;
  const own = entity.affiliations.map(placeStem);
  return places.every((place) => own.includes(place) || (place === 'us' && own.length === 0));
}

/**
 * The person a description refers to: the most recently mentioned one whose titles match. A
 * description without place words ("the president") prefers a person the article never
 * places: an outlet writes its own country's president with a bare title and a foreign one as
 * "Syrian President Bashar Assad", so "the president" is the former even when the latter is
 * nearer.
 */
export function resolveDescription(
  occurrences: readonly Occurrence[], start: number, modifiers: readonly string[], head: string,
): ArticleEntity | undefined {
  let fallback: ArticleEntity | undefined;
  const unplaced = !modifiers.some((word) => /^\p{Lu}/u.test(word));
  const oldest = Math.max(0, occurrences.length - MAX_OCCURRENCES_BACK);
  for (let index = occurrences.length - 1; index >= oldest; index -= 1) {
    const { entity, start: at } = occurrences[index]!;
    if (at >= start || !titleMatches(entity, head.toLowerCase()) || !placeMatches(entity, modifiers)) continue;
    if (!unplaced || entity.affiliations.length === 0) return entity;
    fallback ??= entity;
  }
  return fallback;
}

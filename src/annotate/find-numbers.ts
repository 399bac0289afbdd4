import type { Article, NumberMention, Token } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { readQuantity, splitPieces } from './numbers/scan-quantities.js';
import { firstStartingAtOrAfter } from '../text/span-search.js';

const STAGE = 'findNumbers';
/** How far after a number to look for the noun it counts ("59 Tomahawk cruise missiles"). */
const MAX_NOUN_DISTANCE_TOKENS = 4;

/**
 * Finds numbers and quantities — cardinals, ordinals, spelled-out numbers, ranges, money,
 * percentages, durations — with the qualifier that bounds them ("more than 80", "almost two
 * hours") and the noun they count. Digits inside dates are the dates stage's, not counted twice.
 */
export function findNumbers(): Stage {
  return {
    name: STAGE,
    version: '1',
    requires: ['text', 'tokens', 'dates'],
    provides: ['numbers'],
    run(article: Article): Article {
      return { ...article, numbers: scanNumbers(article) };
    },
  };
}

function scanNumbers(article: Article): NumberMention[] {
  const { text } = article;
  // Dates come sorted by start; one cursor walks them alongside the pieces (linear, not pieces × dates).
  const dates = article.dates ?? [];
  let dateCursor = 0;
  const insideDate = (start: number, end: number) => {
    while (dateCursor < dates.length && dates[dateCursor]!.end <= start) dateCursor += 1;
    const date = dates[dateCursor];
    return date !== undefined && date.start < end;
  };
  const pieces = splitPieces(text);
  const numbers: NumberMention[] = [];
  let index = 0;
  while (index < pieces.length) {
    const piece = pieces[index]!;
    const found = insideDate(piece.start, piece.end) ? null : readQuantity(text, pieces, index);
    if (!found) {
      index += 1;
      continue;
    }
    const noun = countedNoun(article.tokens, text, found.mention.end);
    numbers.push(noun ? { ...found.mention, noun } : found.mention);
    index = found.next;
  }
  return numbers;
}

/** The lemma of the first noun after a quantity, skipping adjectives, names and "of". */
function countedNoun(tokens: readonly Token[] | undefined, text: string, end: number): string | undefined {
  if (!tokens) return fallbackNoun(text, end);
  let index = firstStartingAtOrAfter(tokens, end);
  for (let seen = 0; seen < MAX_NOUN_DISTANCE_TOKENS && index < tokens.length; seen += 1, index += 1) {
    const token = tokens[index]!;
    if (token.pos === 'NOUN') return token.lemma.toLowerCase();
    if (!['ADJ', 'PROPN', 'ADP', 'NUM', 'ADV'].includes(token.pos) || (token.pos === 'ADP' && token.lemma !== 'of')) return undefined;
  }
  return undefined;
}


/** Without tokens: the next lowercase word, plural "s" dropped. */
function fallbackNoun(text: string, end: number): string | undefined {
  const match = /^\s+(?:of\s+)?(?:\p{Lu}\p{L}*\s+){0,2}(\p{Ll}{3,})/u.exec(text.slice(end, end + 60));
  return match?.[1]?.replace(/(?<=[^s])s$/u, '');
}

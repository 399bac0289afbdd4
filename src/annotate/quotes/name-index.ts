import { tokenizeRange, type ContextToken } from './context-tokens.js';
import { CAPITALIZED_FUNCTION_WORDS, NOT_PERSON_WORDS, PERSON_MARKERS, TITLE_WORDS } from './name-words.js';

/** A capitalized name written in the article, with its canonical form. */
export interface NameMention {
  start: number;
  end: number;
  name: string;
  person: boolean;
}

/**
 * The article's own names, for when no entity stage ran: every run of capitalized words with
 * titles and sentence-opening words dropped. A surname alone ("Mr. Lavrov") resolves to the
 * fuller name seen in the article ("Sergey Lavrov"); a name is a person's when a title or
 * honorific stands before it or it has two to four words and none of an organization or place.
 */
export interface NameIndex {
  mentions: NameMention[];
  canonical(words: readonly string[]): { name: string; person: boolean } | null;
}

const POSSESSIVE = /[’']s$/;

export function buildNameIndex(text: string): NameIndex {
  const fullNames = new Map<string, string>();
  const raw: { start: number; end: number; words: string[]; marked: boolean }[] = [];
  let run: ContextToken[] = [];
  const flush = (): void => {
    const stripped = stripTitles(run);
    if (stripped) raw.push(stripped);
    run = [];
  };
  for (const token of tokenizeRange(text, 0, text.length)) {
    if (joinsName(token, run)) run.push(token);
    else flush();
    if (POSSESSIVE.test(token.text)) flush();
  }
  flush();
  const titledSurnames = new Set<string>();
  for (const name of raw) {
    if (!isPersonName(name.words, name.marked)) continue;
    const last = name.words.at(-1)!.toLowerCase();
    if (name.words.length >= 2 && !fullNames.has(last)) fullNames.set(last, name.words.join(' '));
    if (name.words.length === 1) titledSurnames.add(last);
  }
  const canonical = (words: readonly string[]): { name: string; person: boolean } | null => {
    const stripped = stripTitleWords(words);
    if (stripped.words.length === 0) return null;
    const full = stripped.words.length === 1 ? fullNames.get(stripped.words[0]!.toLowerCase()) : undefined;
    if (full) return { name: full, person: true };
    const titled = stripped.words.length === 1 && titledSurnames.has(stripped.words[0]!.toLowerCase());
    return { name: stripped.words.join(' '), person: titled || isPersonName(stripped.words, stripped.marked) };
  };
  const mentions = raw.map((name) => ({ start: name.start, end: name.end, ...canonical(name.words)! }));
  return { mentions, canonical };
}

/** Capitalized words join a name; "of" only inside a title ("Secretary of State"). */
function joinsName(token: ContextToken, run: readonly ContextToken[]): boolean {
  if (!token.isWord || run.length >= 8) return false;
  if (token.capitalized) return true;
  return token.lower === 'of' && run.length > 0 && run.every((word) => TITLE_WORDS.has(word.lower));
}

function stripTitles(run: readonly ContextToken[]): { start: number; end: number; words: string[]; marked: boolean } | null {
  let first = 0;
  let marked = false;
  while (first < run.length && isDroppable(run[first]!.lower)) {
    marked ||= PERSON_MARKERS.has(run[first]!.lower);
    first++;
  }
  const kept = run.slice(first).filter((token) => token.capitalized);
  if (kept.length === 0) return null;
  return {
    start: kept[0]!.start,
    end: kept.at(-1)!.end,
    words: kept.map((token) => token.text.replace(POSSESSIVE, '')),
    marked,
  };
}

function stripTitleWords(words: readonly string[]): { words: string[]; marked: boolean } {
  let first = 0;
  let marked = false;
  while (first < words.length && isDroppable(words[first]!.toLowerCase())) {
    marked ||= PERSON_MARKERS.has(words[first]!.toLowerCase());
    first++;
  }
  return { words: words.slice(first).map((word) => word.replace(POSSESSIVE, '')), marked };
}

function isDroppable(lower: string): boolean {
  return TITLE_WORDS.has(lower) || CAPITALIZED_FUNCTION_WORDS.has(lower);
}

function isPersonName(words: readonly string[], marked: boolean): boolean {
  if (words.some((word) => NOT_PERSON_WORDS.has(word.toLowerCase()))) return false;
  return marked || (words.length >= 2 && words.length <= 4);
}

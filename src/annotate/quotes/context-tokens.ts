/**
 * Tokens of the text around a quotation: words (with the period of abbreviations and initials
 * kept, "Mr.", "U.S.", "R.C.") and single punctuation marks, which bound clauses.
 */
export interface ContextToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Starts with an uppercase letter (or is a title-case initial). */
  capitalized: boolean;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'\-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Abbreviations whose period belongs to the word ("Mr. Trump said" is one sentence). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'prof', 'rev',
  'st', 'jr', 'sr', 'atty', 'adm', 'maj', 'cmdr', 'supt', 'pres', 'amb', 'sec', 'vs', 'no',
]);

/** Tokens of `text` between `start` and `end`, in order. */
export function tokenizeRange(text: string, start: number, end: number): ContextToken[] {
  const tokens: ContextToken[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    let raw = match[0];
    // Only the last alternative of TOKEN, one character (two for an astral one), is not a word.
    const isWord = raw.length > 2 || WORD_CHARACTER.test(raw);
    if (isWord && raw.endsWith('.') && !keepsPeriod(raw)) {
      raw = raw.slice(0, -1);
      pushToken(tokens, start + match.index, raw, true);
      pushToken(tokens, start + match.index + raw.length, '.', false);
      continue;
    }
    pushToken(tokens, start + match.index, raw, isWord);
  }
  return tokens;
}

function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare) || bare.includes('.');
}

function pushToken(tokens: ContextToken[], start: number, text: string, isWord: boolean): void {
  tokens.push({
    start,
    end: start + text.length,
    text,
    lower: text.toLowerCase(),
    isWord,
    capitalized: isWord && /^\p{Lu}/u.test(text),
  });
}

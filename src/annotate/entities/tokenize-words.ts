/** A tagger token: its span in the article text and its text as the tagger reads it. */
export interface WordToken {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations whose final period belongs to the word (CoNLL writes "Corp.", "Mr."). */
const KEEPS_PERIOD = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt',
  'adm', 'maj', 'rev', 'st', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros', 'no',
  'vs', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

// Punctuation that stands alone as a token when it leads or trails a word.
const LEADING = /^[("'“‘«[{—–]/;
const TRAILING = /[)"'”’»\]},;:!?…—–]$/;
const POSSESSIVE = /(['’][sS]|['’])$/;

/**
 * Splits `text[start, end)` into CoNLL-like tokens: whitespace-separated words with leading and
 * trailing punctuation split off, possessive "'s" apart, and a final period split off unless the
 * word is an abbreviation, an initial or dotted ("U.S.", "R.C.", "p.m.").
 */
export function tokenizeWords(text: string, start: number, end: number): WordToken[] {
  const tokens: WordToken[] = [];
  const WORD = /\S+/g;
  WORD.lastIndex = start;
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    const wordEnd = Math.min(match.index + match[0].length, end);
    splitWord(text, match.index, wordEnd, tokens);
  }
  return tokens;
}

function splitWord(text: string, start: number, end: number, tokens: WordToken[]): void {
  const tail: WordToken[] = [];
  if (/^\.+$/.test(text.slice(start, end))) {
    tokens.push(token(text, start, end));
    return;
  }
  while (end - start > 1 && LEADING.test(text[start]!)) {
    tokens.push(token(text, start, start + 1));
    start += 1;
  }
  while (end - start > 1) {
    const word = text.slice(start, end);
    if (TRAILING.test(word)) {
      tail.unshift(token(text, end - 1, end));
      end -= 1;
    } else if (word.endsWith('.') && !keepsPeriod(word)) {
      tail.unshift(token(text, end - 1, end));
      end -= 1;
    } else break;
  }
  const possessive = POSSESSIVE.exec(text.slice(start, end));
  if (possessive && end - start > possessive[0].length && /\p{L}/u.test(text[start]!)) {
    const split = end - possessive[0].length;
    if (possessive[0].length === 2 || /[sS]$/.test(text.slice(start, split))) {
      tail.unshift(token(text, split, end));
      end = split;
    }
  }
  if (end > start) tokens.push(token(text, start, end));
  tokens.push(...tail);
}

function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (bare.includes('.')) return /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u.test(bare);
  return /^\p{Lu}$/u.test(bare) || KEEPS_PERIOD.has(bare.toLowerCase());
}

function token(text: string, start: number, end: number): WordToken {
  return { start, end, text: normalizeToken(text.slice(start, end)) };
}

const TYPOGRAPHIC = /[“”«»‘’—–]/;

/** Typographic quotes and apostrophes read as their ASCII forms, as in the CoNLL training text. */
function normalizeToken(text: string): string {
  // Most tokens have none of these marks: one test instead of three replacements.
  if (!TYPOGRAPHIC.test(text)) return text;
  return text.replace(/[“”«»]/g, '"').replace(/[‘’]/g, "'").replace(/[—–]/g, '-');
}

/** A sentence span before tokenization: `[start, end)` with its paragraph index. */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
}

/** Abbreviations that precede a name or number: a period after them never ends a sentence. */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt',
  'col', 'capt', 'cmdr', 'sgt', 'adm', 'maj', 'rev', 'hon', 'pres', 'supt', 'cong', 'atty', 'cpl', 'pvt', 'msgr', 'fr', 'st', 'mt', 'ft',
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'dept', 'fig', 'vol', 'pp', 'ave',
]);

/**
 * Abbreviations that often sit at the end of a sentence too ("… of Apple Inc." / "the U.S."):
 * a period after them ends the sentence only when the next word usually opens one.
 */
const SOMETIMES_FINAL = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'jr', 'sr', 'bros', 'etc', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m',
]);

/** Capitalized words that usually open a sentence and rarely continue a name or a date. */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their',
  'our', 'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on',
  'at', 'for', 'as', 'after', 'before', 'when', 'while', 'if', 'since', 'although', 'though',
  'however', 'meanwhile', 'still', 'then', 'now', 'some', 'many', 'most', 'both', 'no', 'not',
  'what', 'who', 'why', 'how', 'where', 'asked', 'earlier', 'later', 'officials',
]);

// A run of terminators, then any closing quotes or brackets, then whitespace or the line end.
const TERMINATOR = /(?:\.{3}|[.!?…。！？])+["'”’»)\]]*(?=\s|$)/g;
const OPENS_SENTENCE = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘«(\[]|^[^\p{L}\p{N}\s]*\p{Lu}/u;

/**
 * A speaker and a speech verb right after a closing quotation mark: "“Why now?” Mr. Trump
 * asked." stays one sentence, so the quotation keeps its speaker. Up to four name words.
 */
const ATTRIBUTION = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|asked|asks|told|added|replied|wrote|shouted|continued|insisted|declared|tweeted)\b/u;

/** The word (without its final period) that a period at `periodIndex` closes. */
function wordBefore(line: string, periodIndex: number): string {
  const MAX_WORD_CHARS = 40;
  let start = periodIndex;
  while (start > 0 && periodIndex - start < MAX_WORD_CHARS && !/\s/.test(line[start - 1]!)) start -= 1;
  return line.slice(start, periodIndex).replace(/^[("'“‘«[]+/, '');
}

function nextWord(line: string, from: number): string {
  const match = /^\s*["'“‘«(]*([\p{L}\p{N}.'’-]*)/u.exec(line.slice(from, from + 40));
  return match?.[1] ?? '';
}

/** Whether the terminator match at `index` (length `length`) in `line` ends a sentence. */
export function endsSentence(line: string, index: number, length: number): boolean {
  // Bounded windows keep the pass linear on lines of any length.
  const after = line.slice(index + length, index + length + 80).trimStart();
  if (after === '') return true;
  if (!OPENS_SENTENCE.test(after)) return false;
  const terminator = line.slice(index, index + length);
  if (/["”’»]$/.test(terminator) && ATTRIBUTION.test(after)) return false;
  if (!terminator.startsWith('.') || terminator.startsWith('...')) return true;
  const word = wordBefore(line, index);
  const lower = word.toLowerCase();
  if (NEVER_FINAL.has(lower)) return false;
  // "No. 1" counts; "“No.” The answer…" ends a sentence.
  if ((lower === 'no' || lower === 'nos') && /^\d/.test(after)) return false;
  // A lone capital is an initial ("R.C. Hammond", "Dmitry S. Peskov").
  if (/^\p{Lu}$/u.test(word)) return false;
  const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (dotted || SOMETIMES_FINAL.has(lower)) {
    const next = nextWord(line, index + length).toLowerCase();
    return SENTENCE_OPENERS.has(next) || /^["“‘«]/.test(after);
  }
  return true;
}

/**
 * Sentence spans of a text, in order. Every line is a paragraph (extracted text puts one
 * paragraph a line, blank lines between); a sentence never crosses a line break. Linear: one
 * regular-expression pass per line, and each check looks at a bounded window.
 */
export function findSentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '') {
      paragraph += 1;
      addLineSentences(line, lineStart, paragraph, spans);
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

function addLineSentences(line: string, offset: number, paragraph: number, spans: SentenceSpan[]): void {
  let start = 0;
  for (const match of line.matchAll(TERMINATOR)) {
    const end = match.index + match[0].length;
    if (end >= line.length || !endsSentence(line, match.index, match[0].length)) continue;
    pushTrimmed(line, start, end, offset, paragraph, spans);
    start = end;
  }
  pushTrimmed(line, start, line.length, offset, paragraph, spans);
}

function pushTrimmed(line: string, start: number, end: number, offset: number, paragraph: number, spans: SentenceSpan[]): void {
  while (start < end && /\s/.test(line[start]!)) start += 1;
  while (end > start && /\s/.test(line[end - 1]!)) end -= 1;
  if (end > start) spans.push({ start: offset + start, end: offset + end, paragraph });
}

import type { NumberBound, NumberMention } from '../../model/index.js';
import { CARDINALS, ORDINALS, SCALES, VAGUE_PLURALS } from './number-words.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_WORDS, PERCENT_WORDS } from './units.js';
import { qualifierBefore } from './qualifiers.js';

/** A word or a written number of the text, with its offsets. */
interface Piece {
  start: number;
  end: number;
  raw: string;
  lower: string;
  digits?: { value: number; ordinal: boolean; percent: boolean; currency?: string };
}

const PIECE = /(US\$|[$€£¥₽₹])?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(st|nd|rd|th)?(%)?|\p{L}+(?:[-’'][\p{L}]+)*/gu;

export function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of text.matchAll(PIECE)) {
    const raw = match[0];
    const piece: Piece = { start: match.index, end: match.index + raw.length, raw, lower: raw.toLowerCase() };
    if (match[2] !== undefined) {
      piece.digits = {
        value: Number(`${match[2].replace(/,/g, '')}${match[3] ? `.${match[3]}` : ''}`),
        ordinal: match[4] !== undefined,
        percent: match[5] !== undefined,
      };
      if (match[1]) piece.digits.currency = CURRENCY_SIGNS.get(match[1]);
    }
    pieces.push(piece);
  }
  return pieces;
}

/** Words after which "one" is a pronoun or part of an idiom, not a count. */
const NOT_A_COUNT_AFTER_ONE = new Set(['of', 'another', 'who', 'that', 'which', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'is', 'was', 'has', 'had', 'would', 'will', 'can', 'could', 'thing', 'way', 'day']);
const DETERMINERS_BEFORE_ORDINAL = /(?:^|\s)(?:the|a|an|its|his|her|their|our|this|that|\p{L}+['’]s)\s+$/iu;

/**
 * Reads the quantity starting at `pieces[index]`, or null when the piece starts none.
 * Returns the mention and the index of the first piece after it.
 */
export function readQuantity(text: string, pieces: readonly Piece[], index: number): { mention: NumberMention; next: number } | null {
  const first = pieces[index]!;
  const core = readCore(text, pieces, index);
  if (!core) return null;
  let { value, next, unit } = core;
  let end = pieces[next - 1]!.end;
  let low: number | undefined;
  const range = readRangeEnd(text, pieces, next, end);
  if (range) {
    low = value;
    value = range.value;
    next = range.next;
    end = range.end;
    unit = unit === 'count' && range.unit !== 'count' ? range.unit : unit;
  }
  const after = pieces[next];
  if (after && unit === 'count' && text.slice(end, after.start).trim() === '') {
    const word = after.lower;
    const measure = PERCENT_WORDS.test(word) ? 'percent' : CURRENCY_WORDS.get(word) ?? MEASURE_WORDS.get(word);
    if (measure) {
      unit = measure;
      end = after.end;
      next += 1;
    } else if (word === 'per' && pieces[next + 1]?.lower === 'cent') {
      unit = 'percent';
      end = pieces[next + 1]!.end;
      next += 2;
    }
  }
  const qualifier = qualifierBefore(text, first.start);
  const bound: NumberBound = low !== undefined ? 'exact' : core.vague ? 'about' : qualifier?.bound ?? 'exact';
  const mention: NumberMention = {
    start: qualifier && low === undefined ? qualifier.start : first.start,
    end,
    value: low !== undefined ? { low, high: value } : core.vague ?? value,
    unit,
    bound: low !== undefined && qualifier ? qualifier.bound : bound,
  };
  return { mention, next };
}

interface Core {
  value: number;
  next: number;
  unit: string;
  vague?: { low: number; high: number };
}

function readCore(text: string, pieces: readonly Piece[], index: number): Core | null {
  const piece = pieces[index]!;
  if (piece.digits) return readDigitCore(text, pieces, index);
  const vague = VAGUE_PLURALS.get(piece.lower);
  if (vague) return { value: vague.low, next: index + 1, unit: 'count', vague };
  const ordinal = ORDINALS.get(piece.lower);
  if (ordinal !== undefined) {
    if (!DETERMINERS_BEFORE_ORDINAL.test(text.slice(Math.max(0, piece.start - 24), piece.start))) return null;
    return { value: ordinal, next: index + 1, unit: 'ordinal' };
  }
  return readSpelledCore(pieces, index);
}

function readDigitCore(text: string, pieces: readonly Piece[], index: number): Core | null {
  const piece = pieces[index]!;
  const digits = piece.digits!;
  const before = text.slice(Math.max(0, piece.start - 2), piece.start);
  const after = text.charAt(piece.end);
  // Part of a name or code ("F-16", "G7", "3D"): not a quantity.
  if (/\p{L}-?$/u.test(before) || /\p{L}/u.test(after)) return null;
  let value = digits.value;
  let next = index + 1;
  while (pieces[next] && SCALES.has(pieces[next]!.lower) && text.slice(pieces[next - 1]!.end, pieces[next]!.start).trim() === '') {
    value *= SCALES.get(pieces[next]!.lower)!;
    next += 1;
  }
  const unit = digits.ordinal ? 'ordinal' : digits.percent ? 'percent' : digits.currency ?? 'count';
  return { value, next, unit };
}

const NOT_A_COUNT_BEFORE_ONE = /(?:^|\s)(?:no|any|every|some|each|the|this|that|which|anyone|someone)\s+$/iu;

function readSpelledCore(pieces: readonly Piece[], index: number): Core | null {
  const piece = pieces[index]!;
  const compound = readCompound(piece.lower);
  if (compound) return { value: compound.value, next: index + 1, unit: compound.unit };
  let next = index;
  let total = 0;
  let current = 0;
  let words = 0;
  if ((piece.lower === 'a' || piece.lower === 'an') && pieces[index + 1]) {
    const following = pieces[index + 1]!.lower;
    if (!SCALES.has(following) && following !== 'dozen') return null;
    current = 1;
    next = index + 1;
  }
  while (pieces[next]) {
    const word = pieces[next]!.lower;
    const cardinal = CARDINALS.get(word);
    const scale = SCALES.get(word);
    if (cardinal !== undefined) {
      current = word === 'dozen' ? (current || 1) * 12 : current + cardinal;
    } else if (scale !== undefined && (current > 0 || total > 0)) {
      if (scale === 100) current = (current || 1) * 100;
      else { total += (current || 1) * scale; current = 0; }
    } else if (word === 'and' && words > 0 && CARDINALS.has(pieces[next + 1]?.lower ?? '')) {
      // "two hundred and fifty": "and" joins only when a number word follows.
    } else {
      break;
    }
    words += 1;
    next += 1;
  }
  if (words === 0) return null;
  if (words === 1 && piece.lower === 'one' && !isCountingOne(pieces, index)) return null;
  return { value: total + current, next, unit: 'count' };
}

function isCountingOne(pieces: readonly Piece[], index: number): boolean {
  const following = pieces[index + 1];
  if (!following || !/^\p{Ll}/u.test(following.raw) || NOT_A_COUNT_AFTER_ONE.has(following.lower)) return false;
  const previous = pieces[index - 1];
  return !previous || !NOT_A_COUNT_BEFORE_ONE.test(` ${previous.lower} `);
}

/** "twenty-five", "two-hour", "six-year-old": a hyphenated number, optionally with its unit. */
function readCompound(word: string): { value: number; unit: string } | null {
  const parts = word.split('-');
  if (parts.length < 2) return null;
  const tens = CARDINALS.get(parts[0]!);
  if (tens === undefined) return null;
  let value = tens;
  let rest = parts.slice(1);
  const ones = CARDINALS.get(rest[0]!);
  if (ones !== undefined && tens >= 20 && ones < 10) {
    value += ones;
    rest = rest.slice(1);
  }
  if (rest.length === 0) return { value, unit: 'count' };
  const unit = MEASURE_WORDS.get(rest[0]!);
  return unit ? { value, unit } : null;
}

function readRangeEnd(
  text: string,
  pieces: readonly Piece[],
  next: number,
  end: number,
): { value: number; next: number; end: number; unit: string } | null {
  const connector = pieces[next];
  if (!connector) return null;
  const gap = text.slice(end, connector.start);
  let valueIndex: number;
  if (/^\s*[-–]\s*$/.test(gap) && connector.digits) valueIndex = next;
  else if (gap.trim() === '' && connector.lower === 'to' && pieces[next + 1]) valueIndex = next + 1;
  else return null;
  const high = readCore(text, pieces, valueIndex);
  if (!high || high.vague || high.unit === 'ordinal') return null;
  return { value: high.value, next: high.next, end: pieces[high.next - 1]!.end, unit: high.unit };
}

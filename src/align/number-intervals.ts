import type { NumberMention } from '../model/index.js';

/** The values a number mention allows, as a closed interval (open ends are infinite). */
export interface NumberInterval {
  low: number;
  high: number;
}

// "about 50" is read as within 10% either way, "almost two hours" as up to 15% under: loose
// enough that outlets rounding the same figure agree ("almost"/"nearly"), tight enough that 59
// and 80 never do. Open bounds ("more than 80") are taken as closed ends, so "more than 80" and
// "at least 80" agree, and "80" agrees with both: outlets round, and only incompatible values
// may be called a conflict.
const ABOUT_TOLERANCE = 0.1;
const ALMOST_TOLERANCE = 0.15;

export function numberInterval(mention: NumberMention): NumberInterval {
  // A range may be written high to low, and a score ("beat them 20-13") reads as one: the
  // interval holds both ends either way.
  const low = typeof mention.value === 'number' ? mention.value : Math.min(mention.value.low, mention.value.high);
  const high = typeof mention.value === 'number' ? mention.value : Math.max(mention.value.low, mention.value.high);
  switch (mention.bound) {
    case 'about':
      return { low: low - Math.abs(low) * ABOUT_TOLERANCE, high: high + Math.abs(high) * ABOUT_TOLERANCE };
    case 'almost':
      return { low: low - Math.abs(low) * ALMOST_TOLERANCE, high };
    case 'at-least':
    case 'more-than':
      return { low, high: Number.POSITIVE_INFINITY };
    case 'at-most':
    case 'less-than':
    case 'up-to':
      return { low: Math.min(0, low), high };
    default:
      return { low, high };
  }
}

/** Two mentions measure the same kind of thing: one unit, and one noun when both name it. */
export function sameQuantity(a: NumberMention, b: NumberMention): boolean {
  if (a.unit !== b.unit) return false;
  if (a.noun && b.noun) return a.noun.toLowerCase() === b.noun.toLowerCase();
  return true;
}

/** The two mentions' allowed values overlap: they can both be true. */
export function compatibleValues(a: NumberMention, b: NumberMention): boolean {
  const first = numberInterval(a);
  const second = numberInterval(b);
  return first.low <= second.high && second.low <= first.high;
}

/** "almost 2 hour", "more than 80 people": a mention as plain words for conflict notes. */
export function describeNumber(mention: NumberMention): string {
  const value = typeof mention.value === 'number' ? String(mention.value) : `${mention.value.low}–${mention.value.high}`;
  const bound = mention.bound === 'exact' ? '' : `${mention.bound.replace('-', ' ')} `;
  const what = mention.noun ?? (mention.unit === 'count' ? '' : mention.unit);
  return `${bound}${value}${what ? ` ${what}` : ''}`;
}

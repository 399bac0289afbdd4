import type { eld as EldDetector } from 'eld/medium';
import { packageOnFirstUse } from './package-on-first-use.js';

/** Below this many letters, language guesses on news text are unreliable (headlines, stubs). */
const MIN_LETTERS = 20;
/**
 * Whether a text has MIN_LETTERS letters, stopping at the last of them (listing every letter of
 * the sample to count them was a tenth of ingest's extraction time). Anchored, and each step
 * skips non-letters up to a letter, so it reads the text once.
 */
const HAS_MIN_LETTERS = new RegExp(`^(?:\\P{L}*\\p{L}){${MIN_LETTERS}}`, 'u');
/** Enough text for a stable guess; detection cost grows with length. */
const SAMPLE_CHARS = 3000;

/**
 * Function words of English that are not words of other languages written in Latin script
 * ("in", "a", "on", "to", "was", "is" are left out: Dutch, Spanish, French, Polish, German use them).
 */
const ENGLISH_MARKERS = new Set([
  'the', 'of', 'and', 'that', 'with', 'for', 'were', 'said', 'his', 'he', 'she', 'it', 'this',
  'from', 'by', 'at', 'have', 'has', 'had', 'be', 'been', 'would', 'will', 'their', 'they',
  'which', 'who', 'not', 'but', 'as', 'after', 'its', 'are', 'our', 'we',
]);
/**
 * Calibrated on the 200 multilingual htmldate pages and PolNeAR's news: pages eld reliably
 * finds in another language have at most 2.5 % of their words in the list; English news
 * articles at least 13.6 % (median 24.6 %). 8 % with at least 10 such words sits between.
 */
const MIN_ENGLISH_SHARE = 0.08;
const MIN_ENGLISH_WORDS = 10;

/**
 * The language of a text as a BCP 47 tag, or null when the text is too short or ambiguous.
 * Evident English is told by its function words; anything else goes to eld, whose model
 * (half a second to load) is loaded on first need, so English-only runs never pay for it.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!HAS_MIN_LETTERS.test(sample)) return null;
  if (isEvidentlyEnglish(sample)) return 'en';
  const result = eldMedium().eld.detect(sample);
  if (!result.language || !result.isReliable()) return null;
  return result.language;
}

function isEvidentlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let markers = 0;
  for (const word of words) if (ENGLISH_MARKERS.has(word)) markers += 1;
  return markers >= MIN_ENGLISH_WORDS && markers / words.length >= MIN_ENGLISH_SHARE;
}

/** eld's medium model, loaded on first use. */
const eldMedium = packageOnFirstUse<{ eld: typeof EldDetector }>('eld/medium');

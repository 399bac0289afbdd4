import { eld } from 'eld/medium';

/** Below this many letters, language guesses on news text are unreliable (headlines, stubs). */
const MIN_LETTERS = 20;
/** Enough text for a stable guess; detection cost grows with length. */
const SAMPLE_CHARS = 3000;

/** The language of a text as a BCP 47 tag, or null when the text is too short or ambiguous. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const result = eld.detect(sample);
  if (!result.language || !result.isReliable()) return null;
  return result.language;
}

import { dedupLine, lineWordCount, paragraphSpans } from './dedup-words.js';

/**
 * Paragraphs shorter than this many words get no key: datelines, bylines, "Read more" lines and
 * most boilerplate are short, while an agency paragraph is rarely under 20 words.
 */
export const MIN_PARAGRAPH_WORDS = 20;

/**
 * Keys per article: the first eight long paragraphs. Republishers keep the top of an agency
 * text and cut from the bottom, so the opening paragraphs are the ones copies share; more keys
 * would only grow the index (each key is a row).
 */
export const MAX_PARAGRAPH_KEYS = 8;

/** Paragraph keys live above every LSH band key (band × 2³², under 2³⁷), so both share one index. */
const PARAGRAPH_KEY_BASE = 2 ** 40;

/**
 * One bucket key per distinct long paragraph (its dedup words, hashed to 40 bits): a wire copy
 * keeps most of the agency's paragraphs word for word even when a new lede and a cut ending push
 * its Jaccard below what LSH finds reliably, so shared paragraph keys find it as a candidate.
 */
export function paragraphKeys(text: string): number[] {
  const keys = new Set<number>();
  for (const span of paragraphSpans(text)) {
    if (keys.size >= MAX_PARAGRAPH_KEYS) break;
    const joined = dedupLine(text.slice(span.start, span.end));
    if (lineWordCount(joined) < MIN_PARAGRAPH_WORDS) continue;
    keys.add(PARAGRAPH_KEY_BASE + fnv1a(joined, 0x811c9dc5) * 256 + (fnv1a(joined, 0x01000193) & 0xff));
  }
  return [...keys];
}

export function isParagraphKey(key: number): boolean {
  return key >= PARAGRAPH_KEY_BASE;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

import type { Article, Span } from '../model/index.js';
import { normalizeLine } from '../text/normalize.js';
import { dedupLine, paragraphSpans } from './dedup-words.js';
import type { CopyChanges } from './duplicate-link.js';
import type { ShingleHasher } from './shingles.js';
import { shingleSet } from './text-overlap.js';

/**
 * A paragraph counts as carried over when at least half of its shingles occur in the other text:
 * a copy editor's changed word or two (each touching three shingles) keeps a paragraph well above
 * half, while a rewritten or new paragraph shares almost none.
 */
const PARAGRAPH_KEPT_SHARE = 0.5;

/** What a republisher changed: title, lede, and the paragraphs it added or removed. */
export function describeCopyChanges(original: Article, copy: Article, hasher: ShingleHasher): CopyChanges {
  const originalShingles = new Set(shingleSet(original.text, hasher));
  const copyShingles = new Set(shingleSet(copy.text, hasher));
  const added = paragraphsMissingFrom(copy.text, originalShingles, hasher);
  const removed = paragraphsMissingFrom(original.text, copyShingles, hasher);
  const firstCopy = paragraphSpans(copy.text)[0];
  const firstOriginal = paragraphSpans(original.text)[0];
  return {
    titleChanged: comparableTitle(original.title) !== comparableTitle(copy.title),
    originalTitle: original.title,
    copyTitle: copy.title,
    ledeChanged: added.some((span) => span.start === firstCopy?.start) || removed.some((span) => span.start === firstOriginal?.start),
    paragraphsAdded: added,
    paragraphsRemoved: removed,
  };
}

function paragraphsMissingFrom(text: string, other: ReadonlySet<number>, hasher: ShingleHasher): Span[] {
  return paragraphSpans(text).filter((span) => {
    const shingles = shingleSet(text.slice(span.start, span.end), hasher);
    if (shingles.length === 0) return false;
    let kept = 0;
    for (const shingle of shingles) if (other.has(shingle)) kept += 1;
    return kept / shingles.length < PARAGRAPH_KEPT_SHARE;
  });
}

function comparableTitle(title: string | null): string {
  return title === null ? '' : dedupLine(normalizeLine(title));
}

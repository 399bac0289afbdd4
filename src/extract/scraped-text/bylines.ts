import { splitAuthors } from '../../ingest/text-header.js';

/** Bylines name a few people and maybe a role or outlet; a longer line is a sentence. */
const MAX_BYLINE_CHARS = 120;
/** Case-sensitive on purpose: names are capitalized, "By the end of the day" is not a byline. */
const BYLINE = /^(?:By|BY|by)\s+(\p{Lu}[\p{L}\p{M}.'’-]*,?(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*,?|de|van|von|der|da|al|and|AND|&))*)(?:\s*[|–—-]\s*[\p{L} .'’&]+)?$/u;

/** A role or an outlet after the names ("By Ann Lee, Staff Writer", "By Bo Chen, Associated Press"). */
const ROLE = /\b(?:writer|correspondent|reporter|editor|staff|contributor|columnist|bureau|press|reuters|bloomberg|afp)\b|^the\s/iu;

/**
 * The authors named by a byline line ("By Ann Lee and Bo Chen", "BY ANN LEE | Reuters"), or null
 * when the line is not a byline. Only what follows "By" counts; a role after a bar or dash is dropped.
 */
export function readByline(line: string): string[] | null {
  const trimmed = line.trim();
  if (trimmed.length > MAX_BYLINE_CHARS) return null;
  const match = BYLINE.exec(trimmed);
  if (!match?.[1]) return null;
  const names = splitAuthors(match[1].replace(/,\s*$/u, '')).filter((name) => !ROLE.test(name));
  return names.length > 0 ? names : null;
}

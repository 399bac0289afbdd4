import { normalizeLine } from '../../text/normalize.js';

/**
 * "By", "Written by", "Por", "Von", "Par", "Door", "Av", "Автор:" before a byline's names. Not
 * "de" or "di": they start surnames too (De Jong, Di Maio).
 */
const LEADING_BY = /^(?:(?:written|reported|posted|story|words|text)\s+)?(?:by|por|von|par|door|av|af|от|автор[ы]?)\s*[:\-]?\s+/iu;
/** Words that make a comma-separated part a role or a place, not a name ("Staff Writer"). */
const ROLE_WORDS =
  /\b(?:writer|reporter|correspondent|editor|contributor|columnist|staff|bureau|press|news|associated|updated|published|posted|photos?|video|follow|twitter|email|senior|chief|special|guest|opinion|analyst|producer|team|desk)\b/i;
/** A person's or an agency's name: one to six words. */
const MAX_NAME_WORDS = 6;
/** Longer strings are sentences that a byline element happened to hold. */
const MAX_NAME_CHARS = 60;

/**
 * Names out of bylines as pages print them: "By Jane Doe and John Roe", "Jane Doe, Staff
 * Writer", "Jane Doe | Reuters", "jane@example.com". Splits on "and", "&", "," and "|", drops
 * emails, URLs, handles and roles, and keeps each name once, in order.
 */
export function cleanAuthorNames(values: readonly string[]): string[] {
  const names: string[] = [];
  for (const value of values) {
    for (const part of splitByline(value)) {
      const name = cleanName(part);
      if (name !== null && !names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
    }
  }
  return names;
}

function splitByline(value: string): string[] {
  const line = normalizeLine(value).replace(LEADING_BY, '');
  return line.split(/\s*(?:,|;|\||\band\b|&|\bund\b|\by\b|\be\b|\bet\b|\bи\b)\s*/iu);
}

function cleanName(part: string): string | null {
  const name = part
    .replace(LEADING_BY, '')
    .replace(/\S+@\S+|https?:\/\/\S+|@\w+/g, '')
    .replace(/^[\s\-–—:•·]+|[\s\-–—:•·]+$/g, '')
    .trim();
  if (name.length < 2 || name.length > MAX_NAME_CHARS) return null;
  if (ROLE_WORDS.test(name) || /\d/.test(name)) return null;
  if (name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  // A name starts with a capital letter (or is in a script without case).
  if (/^\p{Ll}/u.test(name)) return null;
  return name;
}

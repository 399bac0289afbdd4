/**
 * Contributor lines that close an article: "Tribune News Service contributed.", "Jane Roe
 * contributed reporting from Kyiv.", "(Reporting by A; Editing by B)". They credit people, they
 * are not part of the story; cleanup moves them to `credits` when they trail the body.
 */

/** Contributor notes are one or two short sentences; a long paragraph mentioning "contributed" is prose. */
const MAX_CONTRIBUTOR_CHARS = 300;

const CONTRIBUTED = /\bcontributed(?: (?:reporting|research|additional reporting|to (?:this|the) (?:report|article|story)))?(?: (?:from|in) [\p{L} ,.'’-]+)?\.?\)?$/u;
const REPORTING_BY = /^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|research|fact-checking|graphics|production) by\b/iu;
/** A quotation is somebody speaking, even if it ends with "contributed". */
const OPENS_QUOTE = /^["“‘'«]/u;

export function isContributorLine(line: string): boolean {
  const trimmed = line.trim().replace(/^[—–-]\s*/u, '');
  if (trimmed === '' || trimmed.length > MAX_CONTRIBUTOR_CHARS || OPENS_QUOTE.test(trimmed)) return false;
  return REPORTING_BY.test(trimmed) || CONTRIBUTED.test(trimmed);
}

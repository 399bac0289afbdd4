/**
 * The dateline that opens an article body: a place in capitals, maybe a region or a date after a
 * comma, maybe an agency in parentheses, then a dash or a colon:
 * "MOSCOW —", "LONDON (AP) —", "WASHINGTON, D.C. —", "PARIS, April 13 (Reuters) -",
 * "SAN JUAN, Puerto Rico —", "ISLAMABAD/KABUL (Reuters) -", "NEW DELHI:", "Moscow (AFP) -".
 * Returns it as printed, without the dash; it stays in the body.
 */

/** Place names are a few words; a longer run of capitals is a shouted sentence. */
const MAX_PLACE_WORDS = 5;

const UPPER_PLACE = String.raw`\p{Lu}[\p{Lu}\p{M}.'’\-]+(?:[ /]\p{Lu}[\p{Lu}\p{M}.'’\-]*)*`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}\p{M}.'’\-]+(?:[ /-]\p{Lu}[\p{L}\p{M}.'’\-]*)*`;
/** After the comma: a region or country ("D.C.", "Puerto Rico", "Calif.") or a date ("April 13"). */
const QUALIFIER = String.raw`(?:,\s*\p{Lu}[\p{L}\p{M}.'’\-]*(?: [\p{Lu}\p{N}][\p{L}\p{M}\p{N}.'’\-]*){0,3})`;
const AGENCY = String.raw`(?:\s*\([\p{L}\p{N} .&/'’\-]{1,40}\))`;
const DASH = String.raw`\s*(?:[—–]|-{1,2}|:)\s+`;

/** Capitals: the usual dateline, qualifier and agency optional. */
const UPPER_DATELINE = new RegExp(String.raw`^(${UPPER_PLACE}${QUALIFIER}?${AGENCY}?)${DASH}`, 'u');
/**
 * Title case only with an agency or a region after a comma, which is what tells "Moscow (AFP) -"
 * and "Dekalb, Ill. —" from "Putin — who…".
 */
const TITLE_DATELINE = new RegExp(String.raw`^(${TITLE_PLACE}(?:${QUALIFIER}${AGENCY}?|${AGENCY}))${DASH}`, 'u');

/**
 * Agencies whose datelines often run into the text without a dash ("Hong Kong (CNN Business) A
 * muddled…", "New Delhi, Nov 19 (PTI) The government…"); only these, because "Tillerson (left)
 * Foreign…" has the same shape.
 */
const AGENCY_NO_DASH = String.raw`\((?:AP|Reuters|AFP|UPI|dpa|EFE|ANSA|Xinhua|TASS|PTI|IANS|AAP|CP|Bloomberg|CNN(?: [\p{L}]+)?|AP Photo)\)`;
const NO_DASH_DATELINE = new RegExp(String.raw`^((?:${UPPER_PLACE}|${TITLE_PLACE})${QUALIFIER}?\s*${AGENCY_NO_DASH})\s+(?=[\p{Lu}“"‘])`, 'u');

export function findDateline(text: string): string | null {
  const start = text.trimStart().slice(0, 200);
  const match = UPPER_DATELINE.exec(start) ?? TITLE_DATELINE.exec(start) ?? NO_DASH_DATELINE.exec(start);
  const dateline = match?.[1]?.trim();
  if (!dateline) return null;
  const place = dateline.split(/[,(]/u)[0] ?? '';
  if (place.trim().split(/\s+/u).length > MAX_PLACE_WORDS) return null;
  // A colon after a one-letter or all-caps word like "NOTE:" or "UPDATE:" is a label, not a place.
  if (match?.[0].trimEnd().endsWith(':') && /^(?:NOTE|UPDATE|EDITOR'?S NOTE|DEAR|Q|A|CORRECTION|WARNING|BREAKING|WATCH|LIVE|ANALYSIS|OPINION|EXCLUSIVE)\b/u.test(dateline)) return null;
  return dateline;
}

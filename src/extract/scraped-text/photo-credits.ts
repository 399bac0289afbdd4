/**
 * Photo credits: who took a picture and for which agency. Recognized by their shapes, not by a
 * list of photographers: a NAME/AGENCY tail in capitals ("IVAN SEKRETARE/ASSOCIATED PRESS"),
 * "Name/The Outlet" in title case, an agency credit ("AP Photo/Evan Vucci", "Getty Images",
 * "Name via Getty Images"), or a labelled one ("Photo: …", "Credit: …", "Image copyright …").
 */

/** Longest credit we accept: credits name a person and an agency or two. */
const MAX_CREDIT_CHARS = 120;

const UPPER_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’\-]*`;
const UPPER_NAME = String.raw`${UPPER_WORD}(?: (?:${UPPER_WORD}|&))*`;
/** "IVAN SEKRETARE/ASSOCIATED PRESS", "A. NEMENOV/AFP/GETTY IMAGES". */
const UPPER_SLASH_CREDIT = new RegExp(String.raw`${UPPER_NAME}(?:\s?/\s?${UPPER_NAME})+`, 'u');
const TITLE_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’\-]*`;
const TITLE_NAME = String.raw`${TITLE_WORD}(?: (?:${TITLE_WORD}|de|van|von|der|da|al|bin))*`;
/** "Doug Mills/The New York Times". */
const TITLE_SLASH_CREDIT = new RegExp(String.raw`${TITLE_NAME}/${TITLE_NAME}`, 'u');
const AGENCY = String.raw`(?:AP|Associated Press|Reuters|AFP|Agence France-Presse|Getty Images|EPA(?:-EFE)?|Bloomberg|Shutterstock|Alamy|Sputnik|TASS|Xinhua|Anadolu(?: Agency)?|PA(?: Wire| Images)?|UPI|NurPhoto|SOPA Images|ZUMA(?: Press| Wire)?|Pool|Kremlin|AAP|Kyodo|Yonhap|dpa)`;
/**
 * "AP Photo/Evan Vucci", "Reuters/Kevin Lamarque", "Getty Images", "Name via Getty Images",
 * "Name for The New York Times" ("for" only before "The": "Meal Plan for Tuesday" is a heading).
 */
const AGENCY_CREDIT = new RegExp(
  String.raw`(?:${AGENCY}(?: Photo| Photos| Images)?(?:\s?/\s?[^/()]+)*|${TITLE_NAME}(?:\s?/\s?${AGENCY}(?: Photo| Images)?)+|${TITLE_NAME} via (?:${AGENCY}(?: Photo| Images)?|The ${TITLE_NAME}|Twitter|Facebook|Instagram|X|social media)|${TITLE_NAME} for The ${TITLE_NAME})`,
  'u',
);
/** "Photo: …", "Photograph by …", "Credit: …", "Credit…Name/Outlet", "Image copyright …", "Image source, …". */
const LABELLED_CREDIT = /(?:photo(?:graph)?s?|picture|image|credit|photo credit|foto)(?:\s*(?:by|:|,|\.{3}|…|copyright|source,?|credit:?)\s*)\S.*/iu;

/** Each shape anchored to a whole credit, keeping its own flags. */
const CREDIT_SHAPES: readonly RegExp[] = [UPPER_SLASH_CREDIT, TITLE_SLASH_CREDIT, AGENCY_CREDIT, LABELLED_CREDIT]
  .map((shape) => new RegExp(`^(?:${shape.source})$`, shape.flags));

/** The whole line is a credit (parentheses and a leading bar or dash allowed). */
export function isCreditLine(line: string): boolean {
  const credit = unwrap(line);
  if (credit.length === 0 || credit.length > MAX_CREDIT_CHARS) return false;
  return CREDIT_SHAPES.some((shape) => shape.test(credit)) && !/[.!?]$/u.test(credit.replace(/\b(?:Jr|Sr|St|Co|Inc|Ltd)\.$/u, ''));
}

/**
 * A caption with its credit at the end, glued ("…on Wednesday.IVAN SEKRETARE/ASSOCIATED PRESS")
 * or after a space or in parentheses ("… on Wednesday. (AP Photo/Evan Vucci)"). The caption part
 * must end a sentence, so prose that merely ends in capitals is left alone.
 */
export function splitCaptionCredit(line: string): { caption: string; credit: string } | null {
  const trimmed = line.trim();
  const boundaries = [...trimmed.matchAll(/[.!?”"’)\]](?=\s*[(\p{Lu}|–—-])/gu)];
  for (const boundary of boundaries) {
    const cut = (boundary.index ?? 0) + 1;
    const caption = trimmed.slice(0, cut).trim();
    const credit = trimmed.slice(cut).trim();
    if (caption.split(/\s+/u).length >= 3 && isCreditLine(credit)) return { caption, credit: unwrap(credit) };
  }
  return null;
}

/** The credit without wrapping parentheses or a leading separator ("(AP Photo/X)" → "AP Photo/X"). */
function unwrap(text: string): string {
  return text.trim().replace(/^[|–—-]\s*/u, '').replace(/^\((.*)\)$/u, '$1').trim();
}

/**
 * Captions and photo credits that reach the rendered text without a caption element around
 * them, recognized by how agencies and outlets print credits.
 */

/** Lines that open as a credit: "Photo: Jane Doe, AP", "Credit…Doug Mills/The New York Times", "(Image: © NASA)". */
const CREDIT_OPENING = /^\(?\s*(photo(graph)?s?|images?|pictures?|fotos?|фото|credits?|illustrations?|image source)(\s+(by|credit|courtesy))?\s*(:|\.{2,}|…|by\b|©)\s*\S/iu;
/** Agency and stock names that make a short line a credit: "Natalie Naccache | Bloomberg | Getty Images". */
const CREDIT_NAMES = /getty images|shutterstock|istock(photo)?|\bap photo\b|\bafp\b|\breuters\b|\bepa\b|\bxinhua\b|©|\(c\)/iu;
/** A credit at the end of a caption: "(AP Photo/Alan Diaz, File)", "(credit: NASA/Jude Guidry)", "REUTERS/Brendan McDermid". */
const TRAILING_CREDIT =
  /\s*(\((ap photo|photos?|images?|credit|foto|picture)\b[^()]{0,100}\)|\(\s*[^()]{0,60}(getty images|shutterstock|ap photo|afp|reuters)[^()]{0,40}\)|\b(REUTERS|AFP|AP)\/[\p{Lu}][\p{L} .'’-]{2,40})\s*$/iu;
/**
 * Credit lines run to about 60 characters ("Sakib Ali/Hindustan Times/Getty Images") and at most
 * ten words; captions with a trailing credit up to a few sentences (about 400 characters).
 */
const MAX_CREDIT_CHARS = 100;
const MAX_CREDIT_WORDS = 10;
const MAX_CAPTION_CHARS = 400;

export type PictureLine = { kind: 'credit'; credit: string } | { kind: 'caption'; caption: string; credit: string };

/** Fewer words before a trailing credit make the whole line a credit ("Getty Images (AFP)"). */
const MIN_CAPTION_WORDS = 3;

/** Classifies a paragraph as a caption ending in a credit, a credit, or neither (null). */
export function classifyPictureLine(paragraph: string): PictureLine | null {
  const split = splitTrailingCredit(paragraph);
  if (split && split.caption.split(/\s+/).length >= MIN_CAPTION_WORDS) return { kind: 'caption', ...split };
  if (paragraph.length > MAX_CREDIT_CHARS) return null;
  const words = paragraph.split(/\s+/).length;
  const endsSentence = /\p{Ll}{2,}[.!?]$/u.test(paragraph);
  if (CREDIT_OPENING.test(paragraph) || (words <= MAX_CREDIT_WORDS && !endsSentence && CREDIT_NAMES.test(paragraph))) {
    return { kind: 'credit', credit: paragraph };
  }
  return null;
}

/** "A ferry leaves. (AP Photo/Jane Lens)" → caption "A ferry leaves." and credit "AP Photo/Jane Lens". */
export function splitTrailingCredit(text: string): { caption: string; credit: string } | null {
  if (text.length > MAX_CAPTION_CHARS) return null;
  const trailing = TRAILING_CREDIT.exec(text);
  if (!trailing || trailing.index === 0) return null;
  return { caption: text.slice(0, trailing.index).trim(), credit: trailing[0].trim().replace(/^\((.*)\)$/, '$1') };
}

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

/** Classifies a paragraph as a credit, a caption ending in a credit, or neither (null). */
export function classifyPictureLine(paragraph: string): PictureLine | null {
  if (paragraph.length <= MAX_CREDIT_CHARS) {
    const words = paragraph.split(/\s+/).length;
    const endsSentence = /\p{Ll}{2,}[.!?]$/u.test(paragraph);
    if (CREDIT_OPENING.test(paragraph) || (words <= MAX_CREDIT_WORDS && !endsSentence && CREDIT_NAMES.test(paragraph))) {
      return { kind: 'credit', credit: paragraph };
    }
  }
  if (paragraph.length > MAX_CAPTION_CHARS) return null;
  const trailing = TRAILING_CREDIT.exec(paragraph);
  if (!trailing || trailing.index === 0) return null;
  return {
    kind: 'caption',
    caption: paragraph.slice(0, trailing.index).trim(),
    credit: trailing[0].trim().replace(/^\((.*)\)$/, '$1'),
  };
}

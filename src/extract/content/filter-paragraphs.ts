import { isBylineLine, isDateLine, isFurnitureLine } from './boilerplate-lines.js';
import type { PictureTexts } from './clean-article.js';
import { classifyPictureLine } from './picture-lines.js';

/** Titles the page gives itself (`<title>`, og:title, Readability's title): the headline is left out of the body. */
export interface FilterContext {
  titles: readonly string[];
}

/** Shortest headline matched against titles: fewer words match too much by chance. */
const MIN_HEADLINE_WORDS = 3;

/**
 * Drops furniture paragraphs (ads, calls to subscribe, "Read more" links, date stamps,
 * bylines, the headline) and moves caption and credit lines into `pictures`.
 */
export function filterParagraphs(paragraphs: readonly string[], context: FilterContext, pictures: PictureTexts): string[] {
  const titleKeys = context.titles.map(wordKey).filter((key) => key.length > 0);
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    if (isFurnitureLine(paragraph) || isDateLine(paragraph) || isBylineLine(paragraph)) continue;
    if (isHeadline(paragraph, titleKeys)) continue;
    const picture = classifyPictureLine(paragraph);
    if (picture?.kind === 'credit') {
      pictures.credits.push(picture.credit);
      continue;
    }
    if (picture?.kind === 'caption') {
      pictures.captions.push(picture.caption);
      pictures.credits.push(picture.credit);
      continue;
    }
    kept.push(paragraph);
  }
  return kept;
}

/** The paragraph is the page title, or the title with the site name after it starts with the paragraph. */
function isHeadline(paragraph: string, titleKeys: readonly string[]): boolean {
  const key = wordKey(paragraph);
  if (key.split(' ').length < MIN_HEADLINE_WORDS) return false;
  return titleKeys.some((title) => title === key || title.startsWith(`${key} `));
}

function wordKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

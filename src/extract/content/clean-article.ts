import { blockKindOf, type BlockKind } from './boilerplate-rules.js';
import { markedKind } from './mark-blocks.js';
import { splitTrailingCredit } from './picture-lines.js';
import { classAndId, collapsedText, tagOf } from './dom-walk.js';
import { INVISIBLE_TAGS } from './render-text.js';
import { linkShare, measureText, statsOf, type TextStats } from './text-stats.js';

/** Captions and photo credits taken out of an article element. */
export interface PictureTexts {
  captions: string[];
  credits: string[];
}

/** Page furniture that is never article prose, whatever its class says. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'HEADER', 'FOOTER', 'FORM', 'MENU', 'DIALOG']);
/**
 * A block matched by a boilerplate rule is kept when it holds more than this share of the
 * article's text: a template that puts the whole story inside `class="post-meta"` or a `<form>`
 * (ASP.NET pages) must not lose it. On the ScrapingHub pages the score is flat from 0.15 to 0.5
 * (P 0.971–0.972): the real rails, bars and boxes are small; 0.3 sits mid-range.
 */
const MAX_REMOVED_SHARE = 0.3;
/**
 * Lists whose text is mostly link text are menus or related-story rails. Further-reading lists
 * sit near 1, prose lists with a few links far lower; the ScrapingHub score is the same for any
 * threshold from 0.35 to 0.7, and 0.5 is in the middle.
 */
const MAX_LIST_LINK_DENSITY = 0.5;

/**
 * Removes boilerplate from the element Readability chose, in place, and moves captions and
 * credits out of it. Iterative: a removed element's subtree is never visited.
 */
export function cleanArticle(root: Element): PictureTexts {
  const texts: PictureTexts = { captions: [], credits: [] };
  const stats = measureText(root);
  const articleChars = Math.max(1, statsOf(stats, root).chars);
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const element = stack.pop() as Element;
    if (removeIfBoilerplate(element, statsOf(stats, element), articleChars, texts)) continue;
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return texts;
}

function removeIfBoilerplate(element: Element, text: TextStats, articleChars: number, texts: PictureTexts): boolean {
  const tag = tagOf(element);
  if (INVISIBLE_TAGS.has(tag) || isHidden(element)) return remove(element);
  if (text.chars / articleChars > MAX_REMOVED_SHARE) return false;
  const kind = markedKind(element) ?? blockKindOf(classAndId(element));
  if (tag === 'FIGURE' || tag === 'FIGCAPTION' || kind === 'caption' || kind === 'credit') {
    if (isTweetOrQuote(element)) return false;
    collectPictureTexts(element, kind, texts);
    return remove(element);
  }
  if (FURNITURE_TAGS.has(tag) || kind === 'boilerplate') return remove(element);
  if ((tag === 'UL' || tag === 'OL') && linkShare(text) > MAX_LIST_LINK_DENSITY) return remove(element);
  if (isLinkLine(element, tag, text)) return remove(element);
  if (isRelatedHeading(element, tag, text)) {
    element.nextElementSibling?.remove();
    return remove(element);
  }
  return false;
}

/**
 * A short block announcing further reading ("More Great WIRED Stories", "Related coverage",
 * "You may also like"), with the list that follows it. Headings run to about 40 characters.
 */
const RELATED_HEADING =
  /^(more|related|recommended|popular|trending|further reading|see also|read (more|next|also)|you (may|might) (also )?(like|enjoy)|most (read|popular|viewed)|don['’]t miss|editor['’]?s picks|top stories|latest (news|stories))\b[^.!?]*$/i;
const MAX_RELATED_HEADING_CHARS = 60;

/** The heading of a related-links list: a short block, announcing further reading, followed by a list. */
function isRelatedHeading(element: Element, tag: string, text: TextStats): boolean {
  if (!HEADING_LIKE_TAGS.has(tag) || text.chars > MAX_RELATED_HEADING_CHARS) return false;
  const next = element.nextElementSibling;
  if (!next || (tagOf(next) !== 'UL' && tagOf(next) !== 'OL')) return false;
  return RELATED_HEADING.test(collapsedText(element));
}

const HEADING_LIKE_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'DIV']);
/** A paragraph that is one link to another story; a bare URL is a source the story cites, and stays. */
function isLinkLine(element: Element, tag: string, text: TextStats): boolean {
  if (!LINK_LINE_TAGS.has(tag) || text.chars > MAX_LINK_LINE_CHARS || linkShare(text) < MIN_LINK_LINE_SHARE) return false;
  return !/^(https?:\/\/|www\.)\S+$/i.test(collapsedText(element));
}

/**
 * Paragraphs that are one link are "related story" teasers set between and after the story's
 * paragraphs. Headings that are links are kept: gift guides and reviews link their subheads.
 * 150 characters hold a headline; 0.9 allows a bullet or a label beside the link.
 */
const LINK_LINE_TAGS = new Set(['P']);
const MAX_LINK_LINE_CHARS = 150;
const MIN_LINK_LINE_SHARE = 0.9;

/** Captions go to `captions`, credit-classed parts to `credits`; a figure without either gives its text as a caption. */
function collectPictureTexts(element: Element, kind: BlockKind | null, texts: PictureTexts): void {
  const whole = collapsedText(element);
  if (whole.length === 0) return;
  if (kind === 'credit') {
    texts.credits.push(whole);
    return;
  }
  let captionText = whole;
  for (const part of element.querySelectorAll('*')) {
    if ((markedKind(part) ?? blockKindOf(classAndId(part))) !== 'credit') continue;
    const credit = collapsedText(part);
    if (credit.length === 0) continue;
    texts.credits.push(credit);
    captionText = captionText.replace(credit, ' ').replace(/\s+/g, ' ').trim();
  }
  // A credit printed inside the caption's own text: "… Hialeah, Fla. (AP Photo/Alan Diaz, File)".
  const printed = splitTrailingCredit(captionText);
  if (printed) {
    texts.credits.push(printed.credit);
    captionText = printed.caption;
  }
  if (captionText.length > 0) texts.captions.push(captionText);
}

/** Embedded tweets and pull quotes sit in figures on some templates; the gold keeps their text. */
function isTweetOrQuote(element: Element): boolean {
  return element.querySelector('blockquote') !== null && element.querySelector('img, picture, video') === null;
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function remove(element: Element): true {
  element.remove();
  return true;
}

/**
 * What marks a block of a page as boilerplate rather than article prose: class and id words,
 * and whole-line texts. General patterns seen across news templates (WordPress, Arc, Brightspot,
 * Chorus and hand-made ones), never rules for one site.
 */

/**
 * Class or id words (split at spaces, `-` and `_`) of blocks that are never article prose:
 * sharing bars, newsletter boxes, related-link rails, ads, comments, navigation, bylines and
 * date stamps (the gold bodies leave bylines and dates out).
 */
const BOILERPLATE_WORDS = new Set([
  'share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'newsletter', 'newsletters',
  'subscribe', 'subscription', 'signup', 'related', 'recommended', 'recommendations', 'promo',
  'promotion', 'advert', 'advertisement', 'advertising', 'ad', 'ads', 'adslot', 'adunit',
  'sponsored', 'sponsor', 'comments', 'comment', 'disqus', 'breadcrumb', 'breadcrumbs', 'byline',
  'author', 'authors', 'tags', 'nav', 'navigation', 'menu', 'sidebar', 'widget', 'popup', 'modal',
  'cookie', 'cookies', 'consent', 'paywall', 'outbrain', 'taboola', 'timestamp', 'toolbar',
  'rating', 'print', 'hidden', 'sr', 'visually', 'skip', 'tooltip', 'pagination', 'pager',
]);
/** Joined phrases that the word split would miss or make too broad. */
const BOILERPLATE_PHRASES =
  /read-?more|more-?(stories|articles|from|news|on)|also-?read|you-?may-?like|most-?(popular|read)|trending|top-?stories|latest-?news|post-?meta|entry-?meta|article-?meta|publish(ed)?-?date|post-?date|entry-?date|article-?date|date-?line-?time|story-?meta|author-?bio|about-?the-?author|inline-?(ad|promo)|jump-?link/;
/** Class or id words of picture captions. */
const CAPTION_PATTERN = /caption|(^|[\s_-])(cutline|legend)([\s_-]|$)/;
/** Class or id words of photo credits. */
const CREDIT_PATTERN = /credit|copyright|photographer|(^|[\s_-])(attribution|source)([\s_-]|$)/;

export function isBoilerplateClass(classAndIdText: string): boolean {
  if (classAndIdText.trim().length === 0) return false;
  if (BOILERPLATE_PHRASES.test(classAndIdText)) return true;
  for (const word of classAndIdText.split(/[\s_-]+/)) {
    if (BOILERPLATE_WORDS.has(word)) return true;
  }
  return false;
}

export function isCaptionClass(classAndIdText: string): boolean {
  return CAPTION_PATTERN.test(classAndIdText);
}

export function isCreditClass(classAndIdText: string): boolean {
  return CREDIT_PATTERN.test(classAndIdText);
}

export type BlockKind = 'boilerplate' | 'caption' | 'credit';

/** What an element's class and id say it is, captions and credits before boilerplate. */
export function blockKindOf(classAndIdText: string): BlockKind | null {
  if (isCaptionClass(classAndIdText)) return 'caption';
  if (isCreditClass(classAndIdText)) return 'credit';
  return isBoilerplateClass(classAndIdText) ? 'boilerplate' : null;
}

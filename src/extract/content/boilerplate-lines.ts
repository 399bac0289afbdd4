/**
 * Whole paragraphs that are page furniture rather than article prose, recognized by their
 * words: calls to subscribe or share, "Read more" links, ad labels, date stamps, bylines.
 * Each pattern is anchored at the paragraph start and limited to short paragraphs, so a
 * sentence of the story that happens to contain the same words is never dropped.
 */

/** Paragraphs that are exactly one of these (case-insensitive, trailing punctuation ignored). */
const WHOLE_LINE = new RegExp(
  '^(' +
    [
      'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored( content)?', 'paid content',
      'story continues below( advertisement)?', 'continue reading( below| the main story)?',
      'skip to (main )?content', 'sign in', 'log ?in', 'register', 'subscribe( now)?', 'comments?',
      '\\d+ comments?', 'share( this( article| story| post)?)?', 'tweet', 'email', 'print', 'close',
      'caption', 'loading', 'view (comments|gallery)', 'this slideshow requires javascript',
      'image \\d+ of( / ?)? ?\\d*', 'photos?', 'related( articles| stories| posts| content| coverage)?',
      'more( stories)?', 'recommended( for you)?', 'you (may|might) also like', 'most (popular|read)',
      'trending( now)?', 'latest news', 'recent articles', 'popular this week', 'tell us what you think',
      'leave a (comment|reply)', 'by', 'view author archive', 'email the author', 'follow',
    ].join('|') +
    ')[\\s.:!…|]*$',
  'iu',
);

/** Paragraphs that start like this and are shorter than MAX_PREFIXED_CHARS. */
const FURNITURE_PREFIX = new RegExp(
  '^[\\[(]?\\s*(' +
    [
      'read more\\b', 'see more\\s*:', 'related( post| article| story| content)?\\s*:', 'also\\s*:',
      'also (read|on|see)\\b', 'see also\\b', 'more\\s*:', 'recommended\\s*:',
      '(sign up|subscribe|click here)\\b(?=.{0,120}\\b(newsletters?|inbox|e-?mails?|alerts|app|channel|today)\\b)',
      'follow us\\b', 'follow @',
      'get the latest\\b', 'like this (story|article)\\?', 'this post (may )?contains? affiliate',
      'this (website|site) uses cookies', 'copyright\\b', '©', 'ⓒ', 'all rights reserved',
      'want more stories like this', "don[’']t miss\\b", 'have a tip\\?', 'let our news meet your inbox',
      'breaking news emails', 'watch\\s*:', 'listen\\s*:', 'download\\s*:', 'join our\\b',
      'get (it|them) (on|at|delivered)\\b(?=.*\\b(newsletter|inbox|letterbox)\\b)',
      '.{0,60}\\bby clicking here\\b',
      'leggi anche\\b', 'tempo de leitura\\b', 'lesen sie auch\\b', 'lire aussi\\b', 'lee también\\b',
    ].join('|') +
    ')',
  'iu',
);
/**
 * Calibration: the furniture lines seen on the ScrapingHub pages run up to about 230 characters
 * (newsletter pitches); story paragraphs that open with "Read more" or "Copyright" as prose are
 * longer than that.
 */
const MAX_PREFIXED_CHARS = 250;

export function isFurnitureLine(paragraph: string): boolean {
  if (WHOLE_LINE.test(paragraph)) return true;
  return paragraph.length <= MAX_PREFIXED_CHARS && (FURNITURE_PREFIX.test(paragraph) || CONTRIBUTOR_NOTE.test(paragraph));
}

/**
 * The credit and contact notes news agencies put under a story ("Reporting by …; Editing by …",
 * "… contributed to this report", "Write to … at …@…", "Follow her on Twitter @…"): not the story's
 * text, and left out of the gold bodies (kept in 1 of the 10 ScrapingHub pages that print one).
 */
const CONTRIBUTOR_NOTE = new RegExp(
  [
    '^[(\\[]?\\s*(additional )?(reporting|writing|editing) by\\b',
    '\\b(contributed|contributing) (to )?(this )?(report|reporting|story)\\b',
    '^(write to|e-?mail|reach|contact) \\S.{0,80}(@|\\btwitter\\b)',
    '^(follow|have a tip\\?).{0,100}(\\btwitter\\b|\\bfacebook\\b|\\binstagram\\b|@\\w)',
  ].join('|'),
  'iu',
);

/** A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Por …", "Von …". */
const BYLINE = /^([Bb]y|BY|[Pp]or|[Vv]on|[Pp]ar|[Dd]oor|[Dd]i)\s+\p{Lu}[\p{L}.'’-]*(\s+[\p{L}.'’,&|-]+){0,8}$/u;
const MAX_BYLINE_CHARS = 80;

export function isBylineLine(paragraph: string): boolean {
  return paragraph.length <= MAX_BYLINE_CHARS && BYLINE.test(paragraph) && !/[.!?]["”]?$/.test(paragraph);
}

/** Words that may surround a date stamp without making it prose (months and weekdays in the languages of the set). */
const DATE_WORDS = new RegExp(
  '(?<![\\p{L}])(' +
    [
      'updated', 'published', 'posted', 'first', 'last', 'modified', 'on', 'at', 'ago', 'am', 'pm', 'a\\.m\\.', 'p\\.m\\.',
      'jan(uary)?', 'feb(ruary)?', 'mar(ch)?', 'apr(il)?', 'may', 'june?', 'july?', 'aug(ust)?', 'sept?(ember)?', 'oct(ober)?',
      'nov(ember)?', 'dec(ember)?', 'mon(day)?', 'tue(s|sday)?', 'wed(nesday)?', 'thu(rs|rsday)?', 'fri(day)?', 'sat(urday)?',
      'sun(day)?', 'st', 'nd', 'rd', 'th', 'hours?', 'minutes?', 'days?', 'de', 'às', 'um', 'le', 'el', 'feira',
      'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro',
      'dezembro', 'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre',
      'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
      'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'gennaio', 'febbraio', 'aprile', 'maggio',
      'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
    ].join('|') +
    ')(?![\\p{L}])',
  'giu',
);
/** Time zones, in capitals only ("best" must not lose its "est"). */
const TIME_ZONE = /\b([A-Z]{2,4}T|UTC|GMT)\b/g;
const MONTH = /(?<![\p{L}])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
/** A stamp needs a year or "ago", or a clock time beside a month ("Updated Nov 19, 6:55 AM"); so "VIP: 60,000₩" and "4:14 p.m." are not stamps. */
function hasStampTime(paragraph: string): boolean {
  if (/\b(19|20)\d{2}\b|\bago\b/i.test(paragraph)) return true;
  return /\b\d{1,2}:\d{2}\b/.test(paragraph) && MONTH.test(paragraph);
}
/**
 * Date stamps are short; 70 characters hold the longest seen ("First Published: Tuesday,
 * November 19, 2019 08:38 AM"); at most one other word may remain (a site or agency name).
 * Tweets quoted in the story end in a date too ("— Name (@handle) November 18, 2019"): a line
 * with a dash opening or a handle is not a stamp, nor one that ends a sentence.
 */
const MAX_DATE_LINE_CHARS = 70;
const MAX_OTHER_WORDS_IN_DATE = 1;
const SENTENCE_END = /((\p{L}{3,}|\d)[.]|[!?])["”’)]?$/u;

export function isDateLine(paragraph: string): boolean {
  if (paragraph.length > MAX_DATE_LINE_CHARS || !hasStampTime(paragraph)) return false;
  if (SENTENCE_END.test(paragraph) || /^[—–-]|@/.test(paragraph)) return false;
  const otherWords = paragraph.replace(TIME_ZONE, ' ').replace(DATE_WORDS, ' ').match(/\p{L}{3,}/gu) ?? [];
  return otherWords.length <= MAX_OTHER_WORDS_IN_DATE;
}

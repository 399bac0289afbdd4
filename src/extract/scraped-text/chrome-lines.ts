/**
 * Site chrome: the navigation, sharing, subscription, advertising and cookie text that scrapers
 * keep around an article. Recognized by phrase patterns common to news sites, never by what one
 * page says. A line is chrome when nothing but chrome phrases and separators is left of it, or
 * when it is a short line of one of the call-to-action kinds below.
 */

/** Phrases that are chrome wherever a line consists of them alone (several may share a line). */
const CHROME_PHRASES: readonly RegExp[] = [
  /skip (?:to|navigation)(?: the)?(?: main| primary)?(?: content| navigation| search| footer| article| menu)?/giu,
  /jump to (?:main )?(?:content|navigation)/giu,
  /\b(?:fb|facebook)[-_: ]?pixel\b/giu,
  /\b(?:tracking|image)[-_ ]?pixel\b/giu,
  /\b(?:story|article) continues below(?: (?:this )?(?:advertisement|ad))?/giu,
  /\bcontinue reading(?: (?:the )?(?:main story|below|article))?/giu,
  /\b(?:advertisement|advertising|sponsored(?: content)?|paid content|ad feedback|\bad\b)/giu,
  // Longer alternatives first: the first alternative that matches wins, not the longest.
  /\b(?:share this (?:article|story|page)|share on (?:facebook|twitter|x|linkedin|whatsapp|reddit)|share via email|share this|share|tweet|email|e-mail|print|copy link|link copied|whatsapp|facebook|twitter|linkedin|reddit|pinterest|messenger|show comments|view comments|comments?|save|saved|bookmark|gift (?:this )?article)\b/giu,
  /\b(?:listen to (?:this )?(?:article|story)|listen|play video|watch video|video|audio|loading\.*|close|menu|search|home|back to top|top of page|expand|collapse)\b/giu,
  /\b(?:most (?:read|popular|viewed|shared)|trending(?: now)?|recommended(?: for you)?|related (?:stories|articles|coverage|content|topics)|more (?:stories|news|on this story)|top stories|latest news|you may also like|up next)\b/giu,
  /\b\d+\s*(?:min(?:ute)?s?|m)\s*read\b/giu,
  // Labels left behind when a scraper drops the picture, video or link they belonged to.
  /\b(?:image copyright|image caption|image source|media caption|images?|caption|photos?|gallery|advert|updated|related|topics|sharing is caring!?|don['’]t miss|\.\.\. ?more|more|less)\b/giu,
  // Section names of a site's navigation, when a line holds nothing else.
  /\b(?:news|local|world|nation|politics|business|economy|markets|sports?|entertainment|lifestyle|living|life|culture|arts|travel|food|health|science|tech(?:nology)?|opinion|weather|obituaries|classifieds|jobs|cars|autos|real estate|homes|education|crime|podcasts?|newsletters|events|puzzles|games|shop|deals|reviews?|features|magazine|video|videos)\b/giu,
  /\b(?:subscribe(?: now)?|subscriptions?|sign in|sign up|log in|log out|login|register|my account|account|newsletters?|manage (?:my )?account|e-?edition|today'?s paper)\b/giu,
];

/** Each phrase anchored where it is tried (sticky): a chrome line must open with one, which most lines fail fast. */
const OPENING_PHRASES: readonly RegExp[] = CHROME_PHRASES.map((phrase) => new RegExp(phrase.source, 'iuy'));
const LEADING_SEPARATORS = /^[\s|•·/\\:;,.\-–—>»«()[\]]*/u;

/** What may separate chrome phrases on one line: spaces, bars, bullets, dots, dashes. */
const SEPARATORS_ONLY = /^[\s|•·/\\:;,.\-–—>»«()[\]]*$/u;

/**
 * Short lines that call to act rather than inform, recognized by how they begin or what they say.
 * `word`, when given, must occur in the lowercased line: a cheap test that spares most lines the
 * pattern (cleanup runs on every line of every plain-text input).
 */
const CALL_TO_ACTION_LINES: ReadonlyArray<{ pattern: RegExp; maxChars: number; word?: string }> = [
  { pattern: /^(?:read (?:more|next|also|the full)|also read|see also|related|more|recommended|watch|listen|click here|tap here|follow (?:us|@)|download (?:our|the) app)\b\s*[:>»|-]/iu, maxChars: 200 },
  { pattern: /^(?:read more|see more|show more|load more|view more)\b/iu, maxChars: 40 },
  { pattern: /^(?:subscribe|sign up|sign in|log in|login|register|create (?:a |an )?(?:free )?account|already (?:a subscriber|have an account)|get (?:the|our) (?:newsletter|app)|join (?:us|now))\b/iu, maxChars: 200 },
  { pattern: /\bnewsletters?\b.*\b(?:sign up|subscribe|inbox|email|delivered)\b|\b(?:sign up|subscribe)\b.*\bnewsletters?\b/iu, maxChars: 240, word: 'newsletter' },
  { pattern: /\bcookies?\b.*\b(?:use|accept|consent|policy|settings|preferences|experience)\b|\b(?:we|this (?:site|website)) uses? cookies\b/iu, maxChars: 400, word: 'cookie' },
  // A longer line that opens with "©" is a credit glued to a paragraph ("© AmazonThe symptoms…").
  { pattern: /^(?:©|\(c\)\s*\d{4}|copyright\b)/iu, maxChars: 100 },
  { pattern: /\ball rights reserved\b/iu, maxChars: 300, word: 'rights' },
  { pattern: /^(?:this (?:material|article) may not be (?:published|reproduced))/iu, maxChars: 300 },
  { pattern: /\bclick(?:ing)? here\b/iu, maxChars: 160, word: 'click' },
  // Rules and ornaments between sections ("___", "* * *") carry no words.
  { pattern: /^[\s_*=~#·•-]{3,}$/u, maxChars: 80 },
  { pattern: /^(?:our standards:|reuse this content|explore more on these topics|send any friend a story|supported by)\b/iu, maxChars: 120 },
  { pattern: /^(?:don['’]t miss|see more|also|also see|also on \S+|filed under|tags?|topics?|more on this|on [\w.-]+\.com)\s*[:|]/iu, maxChars: 200 },
  { pattern: /^\[(?:related|see also|read more|more)\b/iu, maxChars: 200 },
  { pattern: /^follow\b.*\b(?:twitter|facebook|instagram|youtube|tiktok|linkedin|threads)\b/iu, maxChars: 200, word: 'follow' },
  { pattern: /^(?:more|follow|reach|read|visit|see|watch|listen|subscribe|download|contact)\b.*(?:https?:\/\/|www\.)/iu, maxChars: 200 },
  // An image address, a mail address or a social handle alone on a line is what is left of a
  // picture or a contact box. Other bare links stay: link roundups list them as content.
  { pattern: /^(?:(?:https?:\/\/|www\.)\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com\/\w+\/?|@\w{2,30})$/iu, maxChars: 300 },
  // Related-link lists of tabloid sites tag each headline: "… [VIDEO]", "… [INSIGHT]".
  { pattern: /\[(?:VIDEO|VIDEOS|PICS|PICTURES|PHOTOS|INSIGHT|REVEAL|REACTION|NEWS|WARNING|ANALYSIS|LATEST|POLL|LIVE|MAP|UPDATE|EXPLAINED|QUIZ|LISTEN|WATCH)\]$/u, maxChars: 200 },
  { pattern: /\b(?:support (?:our|independent) journalism|become a (?:member|subscriber)|you have reached your (?:free )?(?:article )?limit|to continue reading,? (?:subscribe|log in|sign in))\b/iu, maxChars: 300 },
];

/** Chrome that may open the first line glued to the article ("fb-pixel Skip to main content WASHINGTON —"). */
const LEADING_CHROME = /^(?:\s*(?:(?:fb|facebook)[-_: ]?pixel|skip (?:to|navigation)(?: the)?(?: main| primary)?(?: content| navigation| article)?|jump to (?:main )?content)\b[\s|•·]*)+/iu;

export function isChromeLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  const lower = trimmed.length <= 400 ? trimmed.toLowerCase() : '';
  const callsToAct = CALL_TO_ACTION_LINES.some(({ pattern, maxChars, word }) =>
    trimmed.length <= maxChars && (word === undefined || lower.includes(word)) && pattern.test(trimmed));
  if (callsToAct) return true;
  // Long lines are prose even when they mention "share" or "print"; chrome lines are short.
  if (trimmed.length > 160) return false;
  const start = LEADING_SEPARATORS.exec(trimmed)?.[0].length ?? 0;
  const opensWithPhrase = OPENING_PHRASES.some((phrase) => {
    phrase.lastIndex = start;
    return phrase.test(trimmed);
  });
  if (!opensWithPhrase) return false;
  let rest = trimmed;
  for (const phrase of CHROME_PHRASES) rest = rest.replace(phrase, ' ');
  return SEPARATORS_ONLY.test(rest);
}

/** The line without chrome glued to its start; the line itself when none is there. */
export function stripLeadingChrome(line: string): string {
  const match = LEADING_CHROME.exec(line);
  return match ? line.slice(match[0].length) : line;
}

/**
 * Navigation menus as a scraper flattens them: runs of many short lines with no sentence in
 * them ("World", "U.S.", "Politics", "Economy", …). Article text is sentences; a list inside an
 * article is shorter than a site menu and its items are usually longer.
 */

/** A menu item is a few words without sentence punctuation. */
const MAX_ITEM_WORDS = 4;
const MAX_ITEM_CHARS = 40;
/** Calibrated on the ScrapingHub pages' whole-page text: runs of 6+ items are menus; shorter runs are often tables or lists the article holds. */
const MIN_RUN_ITEMS = 6;

function isMenuItem(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > MAX_ITEM_CHARS) return false;
  // Sentences end with punctuation (also CJK's); menus name sections, not numbers or prices.
  const abbreviation = /^(?:\p{Lu}\.){2,}$/u.test(text);
  if ((/[.!?:;,"“”。！？」]$/u.test(text) && !abbreviation) || /\p{N}/u.test(text)) return false;
  // Scripts without spaces: a word count says nothing, so only very short lines count as items.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(text)) return text.length <= 8;
  return text.split(/\s+/u).length <= MAX_ITEM_WORDS;
}

/** Indexes of lines in menu runs; blank lines inside a run do not break it. */
export function findMenuRuns(lines: readonly string[], skip: ReadonlySet<number>): number[] {
  const found: number[] = [];
  let run: number[] = [];
  const close = (): void => {
    if (run.length >= MIN_RUN_ITEMS) found.push(...run);
    run = [];
  };
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || skip.has(index)) continue;
    if (isMenuItem(line)) run.push(index);
    else close();
  }
  close();
  return found;
}

/**
 * Function words that carry no claim of their own. Kept short on purpose: words like "not",
 * "no", "more" and "than" stay content words because they change what a claim says.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but if then so as of at by for from in into on onto to with within without about
  over under after before between through during this that these those there here it its it's
  is are was were be been being am do does did done have has had having will would shall should
  can could may might must i me my we us our you your he him his she her they them their
  who whom whose which what when where why how also just very too s t said says say told tell
  mr mrs ms dr`.split(/\s+/).filter(Boolean),
);

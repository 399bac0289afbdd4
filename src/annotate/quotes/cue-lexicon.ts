/**
 * Verbs that introduce reported speech, by lemma. Matching goes through the inflected forms
 * generated below (said, says, saying…), so "added", "adds" and "adding" all find `add`.
 * Verbs of characterizing (call, describe, dub) are included because they introduce the quoted
 * fragments news writes inside its own sentences ("what he called “a pragmatic conversation”").
 */
const CUE_LEMMAS = [
  'say', 'tell', 'add', 'declare', 'ask', 'warn', 'write', 'insist', 'note', 'charge', 'claim',
  'state', 'explain', 'announce', 'argue', 'acknowledge', 'admit', 'assert', 'complain',
  'comment', 'concede', 'confirm', 'contend', 'deny', 'describe', 'emphasize', 'emphasise',
  'indicate', 'maintain', 'mention', 'predict', 'promise', 'recall', 'remark', 'reply',
  'report', 'respond', 'reveal', 'stress', 'suggest', 'testify', 'tweet', 'urge', 'vow',
  'wonder', 'yell', 'shout', 'scream', 'joke', 'quip', 'boast', 'brag', 'pledge', 'observe',
  'proclaim', 'reiterate', 'repeat', 'retort', 'counter', 'conclude', 'call', 'dub', 'label',
  'characterize', 'characterise', 'term', 'blast', 'demand', 'lament', 'exclaim', 'whisper',
  'caution', 'cite', 'quote', 'post', 'allege', 'recount', 'elaborate', 'interject', 'assure',
  'accuse', 'criticize', 'praise', 'mock', 'thunder', 'muse', 'huff', 'snap', 'cry', 'plead',
  'beg', 'agree', 'pronounce', 'volunteer', 'chime', 'offer', 'guarantee', 'hint', 'opine',
  'reason', 'speculate', 'sigh', 'gush', 'rail', 'lash', 'decry', 'denounce',
  'condemn', 'dismiss', 'reject', 'question', 'challenge', 'threaten', 'estimate', 'forecast',
  'summarize', 'continue', 'answer', 'echo', 'inform', 'remind', 'thank', 'point', 'crow',
  'gloat', 'marvel', 'rant', 'laugh', 'chuckle', 'confide', 'confess', 'disclose', 'concur',
  'advise', 'propose', 'relate', 'reflect', 'recount', 'ponder', 'swear', 'implore', 'clarify',
  'email', 'text', 'scoff', 'sneer', 'put', 'read', 'press',
];

/** Past forms that do not follow the rules. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], swear: ['swore', 'sworn'],
  put: ['put', 'putting'], read: ['read', 'reads', 'reading'],
  snap: ['snapped', 'snapping'], quip: ['quipped', 'quipping'], admit: ['admitted', 'admitting'],
  beg: ['begged', 'begging'], brag: ['bragged', 'bragging'], chime: ['chimed', 'chiming'],
};

/** Every inflected form of a cue, mapped to its lemma. */
const CUE_FORMS = new Map<string, string>();
for (const lemma of CUE_LEMMAS) {
  for (const form of inflect(lemma)) CUE_FORMS.set(form, lemma);
}

/** Cues that are also nouns in their base and -s forms ("a fundraising call", "a Twitter comment"). */
const NOUN_LEMMAS = new Set([
  'call', 'claim', 'report', 'comment', 'tweet', 'post', 'promise', 'quote', 'question', 'charge',
  'note', 'reply', 'remark', 'answer', 'demand', 'estimate', 'forecast', 'pledge', 'vow', 'boast',
  'joke', 'quip', 'cry', 'shout', 'whisper', 'reason', 'offer', 'challenge', 'label', 'term',
  'mention', 'stress', 'hint', 'guarantee', 'counter', 'sigh', 'snap', 'praise', 'mock', 'rail',
  'lash', 'plead', 'echo', 'state', 'respond', 'point', 'text', 'email', 'laugh', 'rant',
  'confess', 'swear', 'relate', 'reflect',
]);

/** Cues that report speech only right after a quotation ("…,” the email read; “…?” Hannity pressed). */
export const AFTER_QUOTE_ONLY = new Set(['read', 'press']);

/** True for "call" and "calls", which may be nouns; false for "called", "calling". */
export function isNounableCue(word: string): boolean {
  const lemma = cueLemma(word);
  return lemma !== null && NOUN_LEMMAS.has(lemma) && !/(ed|ing)$/.test(word.toLowerCase());
}

/** The cue lemma of a word ("added" → "add"), or null. */
export function cueLemma(word: string): string | null {
  return CUE_FORMS.get(word.toLowerCase()) ?? null;
}

function inflect(lemma: string): string[] {
  const forms = [lemma, thirdPerson(lemma), ...(IRREGULAR[lemma] ?? [])];
  if (!IRREGULAR[lemma]) forms.push(pastRegular(lemma), progressive(lemma));
  else if (!forms.some((form) => form.endsWith('ing'))) forms.push(progressive(lemma));
  return forms;
}

function thirdPerson(lemma: string): string {
  if (/(s|sh|ch|x|z)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function pastRegular(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

function progressive(lemma: string): string {
  if (/[^e]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  return `${lemma}ing`;
}

import type { WordToken } from './tokenize-words.js';

/** Honorifics: they say a person's gender, not their role, and never belong to a name. */
export const HONORIFIC_GENDER: Record<string, 'male' | 'female' | undefined> = {
  mr: 'male', 'mr.': 'male', mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female',
  miss: 'female', sir: 'male', dame: 'female', lord: 'male', lady: 'female', dr: undefined, 'dr.': undefined,
};

/** Words of roles written before a name or after it ("Secretary of State", "the president"). */
export const TITLE_WORDS = new Set([
  'president', 'vice', 'secretary', 'minister', 'foreign', 'prime', 'deputy', 'defense', 'defence',
  'state', 'treasury', 'interior', 'finance', 'chancellor', 'senator', 'sen.', 'rep.', 'representative',
  'gov.', 'governor', 'gen.', 'general', 'admiral', 'adm.', 'col.', 'colonel', 'lt.', 'captain',
  'capt.', 'sgt.', 'king', 'queen', 'prince', 'princess', 'pope', 'ambassador', 'chairman',
  'chairwoman', 'chief', 'executive', 'ceo', 'spokesman', 'spokeswoman', 'spokesperson', 'director',
  'mayor', 'judge', 'justice', 'attorney', 'premier', 'leader', 'commander', 'envoy', 'press',
  'speaker', 'adviser', 'advisor', 'aide', 'diplomat', 'top', 'senior', 'former', 'acting', 'of',
  'national', 'security', 'general-secretary', 'secretary-general', 'majority', 'minority', 'house',
  'white', 'first', 'lady', 'coach', 'manager', 'striker', 'captain', 'officer', 'official',
]);

/** Title words that can stand as a role on their own (not "of", "top", "state"…). */
const HEAD_WORDS = new Set([...TITLE_WORDS].filter(
  (word) => !['of', 'top', 'senior', 'former', 'acting', 'state', 'foreign', 'vice', 'deputy', 'prime',
    'national', 'security', 'white', 'house', 'first', 'majority', 'minority', 'executive', 'press',
    'defense', 'defence', 'treasury', 'interior', 'finance'].includes(word),
));

/** What is written next to a person's name. */
export interface NameContext {
  titles: string[];
  gender?: 'male' | 'female';
  /** The capitalized word before the role ("Russian", "Kremlin", "Russia"), lowercased. */
  affiliation?: string;
}

function bare(word: string): string {
  return word.toLowerCase();
}

/**
 * The honorific and role words right before token `first` of a sentence's tokens, or before a
 * comma there ("Russia's Foreign Minister Sergey Lavrov" → titles ["Foreign Minister"],
 * affiliation "russia"; "the Kremlin spokesman, Dmitry Peskov" → ["spokesman"], "kremlin").
 */
export function contextBefore(tokens: readonly WordToken[], first: number, text: string): NameContext {
  const context: NameContext = { titles: [] };
  let index = first - 1;
  const honorific = tokens[index] ? HONORIFIC_GENDER[bare(tokens[index]!.text)] : undefined;
  if (tokens[index] && Object.hasOwn(HONORIFIC_GENDER, bare(tokens[index]!.text))) {
    if (honorific) context.gender = honorific;
    index -= 1;
  } else if (tokens[index]?.text === ',' && tokens[index - 1] && HEAD_WORDS.has(bare(tokens[index - 1]!.text))) {
    // A role set off before the name: "The Foreign Ministry spokeswoman, Maria V. Zakharova".
    index -= 1;
  }
  const end = index;
  while (index >= 0 && TITLE_WORDS.has(bare(tokens[index]!.text))) index -= 1;
  let start = index + 1;
  while (start <= end && bare(tokens[start]!.text) === 'of') start += 1;
  // One role word must be a head ("President"); several make a role ("Secretary of State").
  const isRole = start < end || (start === end && HEAD_WORDS.has(bare(tokens[end]!.text)));
  if (isRole) {
    context.titles.push(text.slice(tokens[start]!.start, tokens[end]!.end));
    const before = tokens[start - 1]?.text === "'s" ? tokens[start - 2] : tokens[start - 1];
    if (before && /^\p{Lu}/u.test(before.text)) context.affiliation = bare(before.text);
  }
  return context;
}

const APPOSITIVE = /^\s*,\s+the\s+([\p{L}.\s-]{3,60}?)\s*(?=[,.;—–]|$)/u;

/** A role in an appositive after the name: "Jim Mattis, the secretary of defense," → that role. */
export function roleAfter(text: string, end: number): string | undefined {
  const match = APPOSITIVE.exec(text.slice(end, end + 80));
  if (!match) return undefined;
  const words = match[1]!.split(/\s+/);
  const first = words.findIndex((word) => TITLE_WORDS.has(word.toLowerCase()) && word.toLowerCase() !== 'of');
  if (first < 0) return undefined;
  const role = words.slice(first);
  if (!role.every((word) => TITLE_WORDS.has(word.toLowerCase()))) return undefined;
  return HEAD_WORDS.has(role[role.length - 1]!.toLowerCase()) || role.length > 1 ? role.join(' ') : undefined;
}

/** Whether a word is a role head ("president", "minister", "leader"). */
export function isRoleHead(word: string): boolean {
  return HEAD_WORDS.has(word.toLowerCase());
}

/** The gender a role word carries ("spokeswoman", "king"), if any. */
export function genderOfTitle(title: string): 'male' | 'female' | undefined {
  if (/\b(?:spokeswoman|chairwoman|congresswoman|queen|princess|first lady|lady|dame)\b/i.test(title)) return 'female';
  if (/\b(?:spokesman|chairman|congressman|king|prince|lord|sir)\b/i.test(title)) return 'male';
  return undefined;
}

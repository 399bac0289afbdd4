import { cueLemma, isNounableCue } from './cue-lexicon.js';
import type { ContextToken } from './context-tokens.js';

/** Small closed word classes the speaker search reads (lowercase). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it']);

/** Words that open a noun phrase and end a backward search for one. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'another', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many',
  'several', 'each', 'every', 'both', 'one', 'two', 'three', 'four', 'five', 'other', 'these', 'those',
]);

export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'miss', 'sir', 'prof.', 'rev.']);

/** Between a speaker and its cue: adverbs and auxiliaries ("Mr. Trump also said", "had claimed"). */
const SKIPPABLE = new Set([
  'also', 'later', 'then', 'still', 'again', 'once', 'previously', 'recently', 'repeatedly',
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'can', 'may',
  'might', 'did', 'does', 'do', 'not', 'never', 'just', 'already', 'even', 'further', 'simply',
  'earlier', 'first', 'been', 'being', 'often', 'always', 'quickly', 'reportedly', 'once',
  'shall', 'should', 'must', 'too', 'ultimately', 'finally', 'subsequently', 'privately', 'publicly',
]);

/** Words that end a noun phrase when met: conjunctions, relatives, prepositions, verbs of being. */
const BARRIERS = new Set([
  'that', 'which', 'who', 'whom', 'what', 'and', 'but', 'or', 'nor', 'because', 'if', 'when',
  'while', 'as', 'than', 'so', 'though', 'although', 'whether', 'where', 'why', 'how', 'to',
  'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into', 'about', 'over', 'after',
  'before', 'since', 'during', 'against', 'without', 'through', 'under', 'until', 'like',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'no', 'this',
  'there', 'here', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'me', 'him', 'them', 'us',
  'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do',
  'also', 'said', 'says', 'just', 'even', 'very', 'then', 'now', 'only', 'all', 'any',
]);

/** Past tenses that do not end in -ed, for telling a subject from an adjective before a verb. */
const IRREGULAR_PAST = new Set([
  'began', 'struck', 'gave', 'made', 'took', 'met', 'went', 'came', 'left', 'held', 'got', 'spoke',
  'sent', 'brought', 'thought', 'saw', 'found', 'became', 'kept', 'ran', 'stood', 'won', 'lost',
  'led', 'paid', 'sought', 'fought', 'chose', 'drew', 'rose', 'fell', 'knew', 'felt', 'heard',
  'meant', 'set', 'hit', 'shot', 'sat', 'sold', 'bought', 'taught', 'caught', 'built', 'spent',
]);

/** Nouns that speak on their own, without a determiner ("sources said", "officials said"). */
const BARE_SOURCES = new Set([
  'officials', 'sources', 'police', 'authorities', 'analysts', 'experts', 'critics', 'aides',
  'people', 'residents', 'voters', 'supporters', 'witnesses', 'democrats', 'republicans',
  'observers', 'investigators', 'prosecutors', 'officers', 'lawmakers', 'protesters', 'polls',
  'reports', 'documents', 'scientists', 'researchers', 'economists', 'advisers', 'advisors',
]);

export function isSkippable(token: ContextToken): boolean {
  return token.isWord && (SKIPPABLE.has(token.lower) || (/ly$/.test(token.lower) && !token.capitalized && token.lower.length > 4));
}

export function isBarrier(token: ContextToken): boolean {
  return !token.isWord || BARRIERS.has(token.lower) || /n[’']t$|^cannot$/.test(token.lower);
}

export function isNameWord(token: ContextToken): boolean {
  return token.isWord && (token.capitalized || HONORIFICS.has(token.lower));
}

export function isBareSource(token: ContextToken): boolean {
  return BARE_SOURCES.has(token.lower);
}

/** A finite verb or auxiliary, by form alone (no part-of-speech tagger is needed here). */
export function isVerbLike(token: ContextToken | undefined): boolean {
  if (!token || !token.isWord || token.capitalized) return false;
  return (cueLemma(token.lower) !== null && !isNounableCue(token.lower)) || /ed$/.test(token.lower) || IRREGULAR_PAST.has(token.lower)
    || ['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does'].includes(token.lower);
}

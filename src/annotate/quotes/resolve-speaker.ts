import type { Article, Span } from '../../model/index.js';
import { tokenizeRange } from './context-tokens.js';
import type { NameIndex, NameMention } from './name-index.js';
import { TITLE_WORDS } from './name-words.js';
import { firstStartingAtOrAfter } from '../../text/span-search.js';

export interface ResolvedSpeaker {
  name: string;
  key: string;
  person: boolean;
}

/** What the pronoun resolver knows: the sentences, and the people quoted so far per sentence. */
export interface SpeakerContext {
  article: Article;
  names: NameIndex;
  /** Person mentions outside quotations, sorted by start. */
  people: NameMention[];
  sentences: readonly Span[];
  quotedPeople: Map<number, ResolvedSpeaker>;
}

/** How many sentences back a "he" or "she" may look for its person. */
const PRONOUN_LOOKBACK_SENTENCES = 5;

/**
 * The canonical speaker of a speaker mention: the entity or reference overlapping it when the
 * entity stage ran; otherwise a name from the article's own name index, a "he"/"she" resolved
 * to the first person named before it in its sentence (the subject, more often than the nearest
 * name: "Rubio said … Trump, whom he called") or, failing that, the person quoted or named first
 * in the sentences just before; a description ("the source") stays as written.
 */
export function resolveSpeaker(context: SpeakerContext, speaker: Span, sentence: number): ResolvedSpeaker {
  const fromEntities = overlappingEntity(context.article, speaker);
  if (fromEntities) return fullerName(context, fromEntities);
  const text = context.article.text.slice(speaker.start, speaker.end);
  const lower = text.toLowerCase();
  if (lower === 'he' || lower === 'she') return resolvePronoun(context, speaker, sentence) ?? asWritten(text, false);
  const words = tokenizeRange(text, 0, text.length).filter((token) => token.isWord);
  if (!words.some((token) => token.capitalized) || /^(the|a|an)\s/i.test(text)) return asWritten(text, false);
  const canonical = context.names.canonical(words.map((token) => token.text));
  // "Russian officials" keeps its words: a name left without a capital was a description.
  if (!canonical || !/\p{Lu}/u.test(canonical.name)) return asWritten(text, false);
  return { name: canonical.name, key: keyOf(canonical.name), person: canonical.person };
}

/** The entity (a person first, then the longest name) or reference overlapping the speaker mention. */
function overlappingEntity(article: Article, speaker: Span): ResolvedSpeaker | null {
  const usable = (span: Span & { name: string }): boolean => isRealName(span.name);
  const entity = overlapping(article.entities, speaker).filter(usable)
    .sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person') || b.name.length - a.name.length)[0];
  if (entity) return { name: entity.name, key: entity.key, person: entity.kind === 'person' };
  const reference = overlapping(article.references, speaker).find(usable);
  return reference ? { name: reference.name, key: reference.key, person: true } : null;
}

/** Longer than any name or description a speaker mention can overlap. */
const MAX_MENTION_CHARS = 300;
const sortedByStart = new WeakMap<readonly Span[], readonly Span[]>();

/**
 * The spans overlapping `span`, found by binary search over the spans sorted by start: one
 * lookup per quotation, so a long article's quotes do not each scan every entity.
 */
function overlapping<T extends Span>(spans: readonly T[] | undefined, span: Span): T[] {
  if (!spans || spans.length === 0) return [];
  let sorted = sortedByStart.get(spans) as readonly T[] | undefined;
  if (!sorted) {
    sorted = [...spans].sort((a, b) => a.start - b.start);
    sortedByStart.set(spans, sorted);
  }
  const found: T[] = [];
  for (let index = firstStartingAtOrAfter(sorted, span.end) - 1; index >= 0 && sorted[index]!.start > span.start - MAX_MENTION_CHARS; index -= 1) {
    if (sorted[index]!.end > span.start) found.unshift(sorted[index]!);
  }
  return found;
}

/**
 * A name that is more than an honorific or a title ("Mr." alone names no one) and holds no
 * lowercase word but a name particle ("Donald Trump declared" is a tagging slip, not a name).
 */
function isRealName(name: string): boolean {
  const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.some((word) => !TITLE_WORDS.has(word.toLowerCase()))
    && words.every((word) => /^[^\p{L}]*\p{Lu}/u.test(word) || NAME_PARTICLES.has(word));
}

const NAME_PARTICLES = new Set(['de', 'da', 'di', 'del', 'van', 'von', 'der', 'bin', 'al', 'la', 'le', 'du', 'dos']);

/** A one-word entity name ("Trump") takes the fuller name the article wrote ("Donald Trump"). */
function fullerName(context: SpeakerContext, resolved: ResolvedSpeaker): ResolvedSpeaker {
  if (!resolved.person || /\s/.test(resolved.name)) return resolved;
  const own = context.names.canonical([resolved.name]);
  return own && own.name.endsWith(resolved.name) && own.name !== resolved.name ? { ...resolved, name: own.name } : resolved;
}

function resolvePronoun(context: SpeakerContext, pronoun: Span, sentence: number): ResolvedSpeaker | null {
  const here = context.sentences[sentence];
  const before = firstPersonBetween(context.people, here?.start ?? 0, pronoun.start);
  if (before) return asPerson(before.name);
  for (let back = sentence - 1; back >= Math.max(0, sentence - PRONOUN_LOOKBACK_SENTENCES); back--) {
    const quoted = context.quotedPeople.get(back);
    if (quoted) return quoted;
    const range = context.sentences[back]!;
    const first = firstPersonBetween(context.people, range.start, range.end);
    if (first) return asPerson(first.name);
  }
  return null;
}

function firstPersonBetween(people: readonly NameMention[], start: number, end: number): NameMention | null {
  const mention = people[firstStartingAtOrAfter(people, start)];
  return mention && mention.start < end ? mention : null;
}


function asPerson(name: string): ResolvedSpeaker {
  return { name, key: keyOf(name), person: true };
}

function asWritten(text: string, person: boolean): ResolvedSpeaker {
  return { name: text, key: keyOf(text), person };
}

/** Lowercase, accents folded, as entity keys are. */
export function keyOf(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

import type { QuoteKind, Span } from '../../model/index.js';
import { AFTER_QUOTE_ONLY, cueLemma, isNounableCue } from './cue-lexicon.js';
import { SUBJECT_PRONOUNS } from './word-classes.js';
import { CAPITALIZED_FUNCTION_WORDS, TITLE_WORDS } from './name-words.js';
import type { SentenceToken } from './sentence-tokens.js';
import { clauseSubject } from './clause-subject.js';
import { phraseAfter, phraseBefore, type Phrase } from './speaker-phrase.js';

/** Who a quotation is attributed to inside its own sentence, and how it is quoted. */
export interface Attribution {
  kind: QuoteKind;
  cue?: Span;
  speaker?: Span;
}

/** How far after a fragment a cue may stand and still govern it ("“animal,” he said" vs a new clause). */
const MAX_TOKENS_TO_RIGHT_CUE_OF_FRAGMENT = 6;

/**
 * Finds the cue and the speaker of the quotation at token `quote` of its sentence. A quotation
 * that opens its sentence is attributed after it ("…,” Mr. Trump said), one introduced by a cue
 * before it ("said flatly: “…”", "said that “…”", "what he called “…”") before it; failing
 * that, the other side. Quotes with neither are left for the paragraph-level pass.
 */
export function findAttribution(tokens: readonly SentenceToken[], quote: number, content: string): Attribution {
  const kind = isDirect(tokens, quote, content) ? 'direct' : 'partial';
  const startsSentence = tokens.slice(0, quote).every((token) => !token.isWord && token.quote === null);
  const right = () => rightAttribution(tokens, quote, kind === 'direct' ? tokens.length : quote + MAX_TOKENS_TO_RIGHT_CUE_OF_FRAGMENT);
  const left = () => leftAttribution(tokens, quote);
  const found = startsSentence ? right() ?? left() : left() ?? right();
  if (found) return { kind, ...found };
  // "…gave the technique a whirl on CNN: “…”": a colon without a cue gives the sentence's subject.
  const introduced = tokens[quote - 1]?.text === ':' ? clauseSubject(tokens, quote - 1) : kind === 'partial' ? personSubject(tokens, quote) : null;
  if (!introduced) return { kind };
  return { kind, speaker: { start: tokens[introduced.first]!.start, end: tokens[introduced.last]!.end } };
}

function isDirect(tokens: readonly SentenceToken[], quote: number, content: string): boolean {
  const before = tokens[quote - 1];
  if (!before) return true;
  // A quotation that starts in lowercase mid-sentence is a fragment, even after "said,".
  if (/^[^\p{L}]*\p{Ll}/u.test(content)) return false;
  if (before.text === ':' || before.quote !== null) return true;
  return before.text === ',' && tokens[quote - 2] !== undefined && isCue(tokens, quote - 2);
}

function isCue(tokens: readonly SentenceToken[], index: number): boolean {
  const token = tokens[index]!;
  const lemma = token.isWord && token.quote === null ? cueLemma(token.lower) : null;
  if (lemma === null) return false;
  // After a determiner the word is a noun ("their stress tests", "the claims").
  if (NOUN_OPENERS.has(tokens[index - 1]?.lower ?? '')) return false;
  // "continued" is speech only when the words follow at once ("He continued, “…”").
  if (lemma === 'continue' && ![',', ':'].includes(tokens[index + 1]?.text ?? '') && tokens[index + 1]?.quote == null) return false;
  // "put" reports speech only as "as he put it".
  if (lemma === 'put' && tokens[index + 1]?.lower !== 'it') return false;
  // A capitalized cue is a name ("The Post") unless it opens the sentence ("Said Mr. Trump: …").
  return !token.capitalized || (index === 0 && lemma === 'say');
}

const NOUN_OPENERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);

/** Cues whose next noun is the one spoken to, never the speaker ("told AFP", "asked reporters"). */
const ADDRESSEE_CUES = new Set(['tell', 'warn', 'urge', 'assure', 'accuse', 'criticize', 'praise', 'beg', 'remind', 'inform', 'thank']);

function rightAttribution(tokens: readonly SentenceToken[], quote: number, limit: number): Omit<Attribution, 'kind'> | null {
  for (let index = quote + 1; index < Math.min(tokens.length, limit); index++) {
    const token = tokens[index]!;
    if (token.quote !== null) return null;
    if (token.lower === 'according' && tokens[index + 1]?.lower === 'to') {
      return withSpans(tokens, index, index + 1, phraseAfter(tokens, index + 1));
    }
    if (!isCue(tokens, index)) continue;
    if (AFTER_QUOTE_ONLY.has(cueLemma(token.lower) ?? '') && index > quote + 4) continue;
    const before = phraseBefore(tokens, index);
    const canInvert = !ADDRESSEE_CUES.has(cueLemma(token.lower) ?? '');
    const speaker = before && before.first > quote ? before : canInvert ? phraseAfter(tokens, index) : null;
    return speaker ? withSpans(tokens, index, index, speaker) : null;
  }
  return null;
}

function leftAttribution(tokens: readonly SentenceToken[], quote: number): Omit<Attribution, 'kind'> | null {
  for (let index = quote - 1; index >= 0; index--) {
    const token = tokens[index]!;
    if (token.lower === 'to' && tokens[index - 1]?.lower === 'according') {
      return withSpans(tokens, index - 1, index, phraseAfter(tokens, index));
    }
    if (!isCue(tokens, index) || AFTER_QUOTE_ONLY.has(cueLemma(token.lower) ?? '')) continue;
    if (isNounableCue(token.lower) && !speaksAsVerb(tokens, index)) continue;
    const speaker = subjectOfCue(tokens, index) ?? invertedSpeaker(tokens, index, quote);
    return speaker ? withSpans(tokens, index, index, speaker) : null;
  }
  return null;
}

/**
 * "calls" or "comment" is a verb when a pronoun or a name says it ("he calls", "Trump tweets")
 * or the words follow at once ("comments: “…”"); after other nouns it names a thing.
 */
function speaksAsVerb(tokens: readonly SentenceToken[], cue: number): boolean {
  const next = tokens[cue + 1];
  if (next && (next.text === ':' || next.text === ',' || next.quote !== null || next.lower === 'that')) return true;
  const phrase = phraseBefore(tokens, cue);
  return phrase !== null && tokens.slice(phrase.first, phrase.last + 1).some((token) => token.capitalized || SUBJECT_PRONOUNS.has(token.lower));
}

/**
 * A fragment with no cue in its sentence ("slammed the proposal as “reprehensible”") is taken as
 * the words of the sentence's subject when that subject is a named or pronoun person; the
 * narrator's "I", "we", "you" and "it" are not.
 */
function personSubject(tokens: readonly SentenceToken[], quote: number): Phrase | null {
  const subject = clauseSubject(tokens, quote);
  if (!subject) return null;
  const words = tokens.slice(subject.first, subject.last + 1);
  if (words.length === 1 && THIRD_PERSON_PRONOUNS.has(words[0]!.lower)) return subject;
  return words.some((token) => token.capitalized && !CAPITALIZED_FUNCTION_WORDS.has(token.lower) && !TITLE_WORDS.has(token.lower)) ? subject : null;
}

const THIRD_PERSON_PRONOUNS = new Set(['he', 'she', 'they']);

/** The speaker before a cue, or the subject of its clause for "…, saying" and "and said". */
function subjectOfCue(tokens: readonly SentenceToken[], cue: number): Phrase | null {
  const direct = phraseBefore(tokens, cue);
  if (direct) return direct;
  return clauseSubject(tokens, cue);
}

/** "said Mr. X: “…”" — the speaker after the cue, only when the quotation follows right after it. */
function invertedSpeaker(tokens: readonly SentenceToken[], cue: number, quote: number): Phrase | null {
  const after = phraseAfter(tokens, cue);
  if (!after) return null;
  const between = tokens.slice(after.last + 1, quote);
  return between.every((token) => token.text === ',' || token.text === ':') ? after : null;
}

function withSpans(tokens: readonly SentenceToken[], cueFirst: number, cueLast: number, speaker: Phrase | null): Omit<Attribution, 'kind'> | null {
  if (!speaker) return null;
  return {
    cue: { start: tokens[cueFirst]!.start, end: tokens[cueLast]!.end },
    speaker: { start: tokens[speaker.first]!.start, end: tokens[speaker.last]!.end },
  };
}

import type { Span } from '../../model/index.js';
import { cueLemma, isNounableCue } from './cue-lexicon.js';
import type { QuoteCandidate } from './inherit-speakers.js';
import type { QuotedStretch } from './scan-quotations.js';
import { sentenceTokens, type SentenceToken } from './sentence-tokens.js';
import { clauseSubject } from './clause-subject.js';
import { phraseAfter, phraseBefore, type Phrase } from './speaker-phrase.js';
import type { TextLayout } from './text-layout.js';
import { SUBJECT_PRONOUNS, isSkippable } from './word-classes.js';

/** Verbs that report what someone said without quoting it ("Mr. Tillerson said Syria's government had…"). */
const REPORTING_LEMMAS = new Set([
  'say', 'add', 'claim', 'argue', 'insist', 'warn', 'note', 'explain', 'announce', 'acknowledge',
  'admit', 'assert', 'contend', 'suggest', 'report', 'predict', 'estimate', 'confirm', 'reveal',
  'state', 'maintain', 'write', 'tweet', 'complain', 'concede', 'allege', 'stress', 'emphasize',
  'indicate', 'reiterate', 'conclude', 'tell', 'ask', 'promise', 'vow', 'testify', 'deny', 'recall',
]);
/** Cues followed by the one spoken to before the reported clause ("told reporters that"). */
const ADDRESSED = new Set(['tell', 'warn', 'ask', 'promise']);
/** Reported content shorter than this is a fragment of something else, not a claim. */
const MIN_CONTENT_WORDS = 4;
/** A trailing attribution ("…, officials said Tuesday in a statement.") holds at most this many tokens after its cue. */
const MAX_TOKENS_AFTER_TRAILING_CUE = 8;

/**
 * Reported speech without quotation marks, one per sentence that has a reporting verb with a
 * speaker and no direct quotation: the clause after the cue ("said [that] …") or, for a
 * trailing attribution, the clause before it ("…, a source said.").
 */
export function findIndirectSpeech(text: string, stretches: readonly QuotedStretch[], direct: readonly QuoteCandidate[], layout: TextLayout): QuoteCandidate[] {
  const quotedSentences = new Set(direct.filter((candidate) => candidate.attribution.kind === 'direct').map((candidate) => candidate.sentence));
  const found: QuoteCandidate[] = [];
  let firstStretch = 0;
  layout.sentences.forEach((sentence, index) => {
    while (firstStretch < stretches.length && stretches[firstStretch]!.span.end <= sentence.start) firstStretch++;
    if (quotedSentences.has(index)) return;
    const tokens = sentenceTokens(text, sentence, stretches, firstStretch);
    const report = reportIn(tokens);
    if (!report) return;
    const span = { start: Math.min(report.content.start, report.speaker.start), end: Math.max(report.content.end, report.speaker.end) };
    found.push({
      stretch: { span, content: report.content, closed: true, paragraphs: 1 },
      sentence: index,
      paragraph: layout.paragraphOf(sentence.start),
      startsParagraph: false,
      attribution: { kind: 'indirect', cue: report.cue, speaker: report.speaker },
      speakerFrom: null,
    });
  });
  return found;
}

function reportIn(tokens: readonly SentenceToken[]): { content: Span; cue: Span; speaker: Span } | null {
  const cue = tokens.findIndex((token, index) => isReportingVerb(tokens, index));
  if (cue < 0) return null;
  return trailing(tokens, cue) ?? leading(tokens, cue);
}

function isReportingVerb(tokens: readonly SentenceToken[], index: number): boolean {
  const token = tokens[index]!;
  const lemma = token.isWord && !token.capitalized ? cueLemma(token.lower) : null;
  if (!lemma || !REPORTING_LEMMAS.has(lemma)) return false;
  const before = tokens[index - 1];
  // "Russia’s alleged meddling", "the claimed figure": a participle after a possessive is an adjective.
  if (before && (/[’']s$/.test(before.lower) || NOUN_OPENERS.has(before.lower))) return false;
  if (isPassive(tokens, index)) return false;
  if (!isNounableCue(token.lower)) return true;
  return before !== undefined && (before.capitalized || SUBJECT_PRONOUNS.has(before.lower));
}

const NOUN_OPENERS = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'this', 'these', 'those']);
const BE_FORMS = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

/** "was asked", "is said to": the subject is not the one who spoke. */
function isPassive(tokens: readonly SentenceToken[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && isSkippable(tokens[before]!) && !BE_FORMS.has(tokens[before]!.lower)) before--;
  return BE_FORMS.has(tokens[before]?.lower ?? '');
}

/** "…, a source said." — the clause before the comma that precedes the speaker. */
function trailing(tokens: readonly SentenceToken[], cue: number): { content: Span; cue: Span; speaker: Span } | null {
  const before = phraseBefore(tokens, cue);
  const speaker = before ?? phraseAfter(tokens, cue);
  if (!speaker) return null;
  const comma = (before ? before.first : cue) - 1;
  const after = tokens.length - 1 - Math.max(cue, speaker.last);
  if (tokens[comma]?.text !== ',' || comma < MIN_CONTENT_WORDS || after > MAX_TOKENS_AFTER_TRAILING_CUE) return null;
  return spans(tokens, 0, comma - 1, cue, speaker);
}

/** "X said (that) …", "X told reporters that …" — the clause after the cue to the end of the sentence. */
function leading(tokens: readonly SentenceToken[], cue: number): { content: Span; cue: Span; speaker: Span } | null {
  const speaker = phraseBefore(tokens, cue) ?? (tokens[cue]!.lower.endsWith('ing') ? clauseSubject(tokens, cue) : null);
  if (!speaker) return null;
  let first = cue + 1;
  while (first < tokens.length && isSkippable(tokens[first]!)) first++;
  if (ADDRESSED.has(cueLemma(tokens[cue]!.lower) ?? '')) {
    const complement = tokens.findIndex((token, index) => index > cue && ['that', 'whether', 'if'].includes(token.lower));
    if (complement < 0 || complement > cue + 5) return null;
    first = complement;
  }
  // "said earlier this week that …": the reported clause starts at its "that".
  const that = tokens.findIndex((token, index) => index >= first && index <= first + 3 && token.lower === 'that');
  if (that >= 0) first = that;
  while (tokens[first]?.text === ',') first++;
  const opener = tokens[first];
  // "added a bombshell prediction", "said to be": an object or an infinitive, not a reported clause.
  if (!opener || !opener.isWord || ['to', 'for', 'of', 'in', 'on', 'about', 'with', 'as', 'a', 'an'].includes(opener.lower)) return null;
  let last = tokens.length - 1;
  while (last > first && !tokens[last]!.isWord && tokens[last]!.quote === null) last--;
  return spans(tokens, first, last, cue, speaker);
}

function spans(tokens: readonly SentenceToken[], first: number, last: number, cue: number, speaker: Phrase): { content: Span; cue: Span; speaker: Span } | null {
  const words = tokens.slice(first, last + 1).filter((token) => token.isWord || token.quote !== null);
  if (words.length < MIN_CONTENT_WORDS) return null;
  return {
    content: { start: tokens[first]!.start, end: tokens[last]!.end },
    cue: { start: tokens[cue]!.start, end: tokens[cue]!.end },
    speaker: { start: tokens[speaker.first]!.start, end: tokens[speaker.last]!.end },
  };
}

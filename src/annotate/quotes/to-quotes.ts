import type { Article, Quote, Span } from '../../model/index.js';
import { speakerSource, type QuoteCandidate } from './inherit-speakers.js';
import { buildNameIndex, type NameMention } from './name-index.js';
import { resolveSpeaker, type ResolvedSpeaker, type SpeakerContext } from './resolve-speaker.js';
import type { TextLayout } from './text-layout.js';

/**
 * Turns candidates into Quotes in text order, resolving each speaker once: a quotation that
 * shares its speaker with a neighbor reuses the neighbor's mention and name. People quoted are
 * remembered per sentence, so a later "he said" can find them.
 */
export function toQuotes(article: Article, candidates: readonly QuoteCandidate[], layout: TextLayout): Quote[] {
  const names = buildNameIndex(article.text);
  const context: SpeakerContext = {
    article,
    names,
    people: outsideQuotations(names.mentions.filter((mention) => mention.person), candidates),
    sentences: layout.sentences,
    quotedPeople: new Map(),
  };
  const resolved = new Map<QuoteCandidate, ResolvedSpeaker>();
  return candidates.map((candidate) => {
    const source = speakerSource(candidate);
    const speaker = source?.attribution.speaker;
    if (!source || !speaker) return quoteOf(candidate, null, null);
    let name = resolved.get(source);
    if (!name) {
      name = resolveSpeaker(context, speaker, layout.sentenceOf(speaker.start));
      resolved.set(source, name);
    }
    if (name.person) context.quotedPeople.set(candidate.sentence, name);
    return quoteOf(candidate, speaker, name, source === candidate);
  });
}

function quoteOf(candidate: QuoteCandidate, speaker: Span | null, name: ResolvedSpeaker | null, own = false): Quote {
  const { stretch, attribution } = candidate;
  const quote: Quote = { start: stretch.span.start, end: stretch.span.end, kind: attribution.kind, content: stretch.content };
  if (own && attribution.cue) quote.cue = attribution.cue;
  if (speaker && name) {
    quote.speaker = speaker;
    quote.speakerName = name.name;
    quote.speakerKey = name.key;
  }
  // The outer span covers the marks and, when they are in the quotation's own sentence, the cue and the speaker.
  for (const span of own ? [attribution.cue, speaker] : []) {
    if (!span) continue;
    quote.start = Math.min(quote.start, span.start);
    quote.end = Math.max(quote.end, span.end);
  }
  return quote;
}

/** Person mentions that are not inside a quotation (names the speaker says are not speakers). */
function outsideQuotations(people: readonly NameMention[], candidates: readonly QuoteCandidate[]): NameMention[] {
  let cursor = 0;
  return people.filter((mention) => {
    while (cursor < candidates.length && candidates[cursor]!.stretch.span.end <= mention.start) cursor++;
    const candidate = candidates[cursor];
    return !candidate || mention.end <= candidate.stretch.span.start || mention.start >= candidate.stretch.span.end;
  });
}

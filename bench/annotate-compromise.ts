import nlp from 'compromise';
import type { TagSpan } from '../src/annotate/entities/tagset.js';
import { documentText, type ConllDocument } from '../src/eval/entities-conll.js';
import type { PredictedQuote } from '../src/eval/quotes-score.js';

/** The peer: compromise 14's people, places, organisations and quotations on one text. */
interface CompromiseSpan {
  text: string;
  offset: { start: number; length: number };
}

type Group = 'people' | 'places' | 'organizations' | 'quotations';

function spansOf(doc: ReturnType<typeof nlp>, group: Group): CompromiseSpan[] {
  return (doc[group]() as unknown as { json(options: object): CompromiseSpan[] }).json({ offset: true });
}

/** Everything the benchmark asks of compromise for one article (what the timing covers). */
export function annotateWithCompromise(text: string): Record<Group, CompromiseSpan[]> {
  const doc = nlp(text);
  return {
    people: spansOf(doc, 'people'),
    places: spansOf(doc, 'places'),
    organizations: spansOf(doc, 'organizations'),
    quotations: spansOf(doc, 'quotations'),
  };
}

const TYPE_OF_GROUP: Record<string, string> = { people: 'PER', places: 'LOC', organizations: 'ORG' };

/**
 * Compromise's entities on one CoNLL document, as token spans per sentence (the same mapping
 * the Parallax evaluation uses: the text is the tokens joined by spaces, one sentence a line).
 * Compromise has no MISC class; its spans are trimmed of trailing punctuation it includes.
 */
export function compromiseEntities(document: ConllDocument): TagSpan[][] {
  const text = documentText(document);
  const tokenAt = new Int32Array(text.length).fill(-1);
  const position: Array<[number, number]> = [];
  let offset = 0;
  document.sentences.forEach((sentence, sentenceIndex) => sentence.words.forEach((word, wordIndex) => {
    tokenAt.fill(position.length, offset, offset + word.length);
    position.push([sentenceIndex, wordIndex]);
    offset += word.length + 1;
  }));
  const found = annotateWithCompromise(text);
  const predicted: TagSpan[][] = document.sentences.map(() => []);
  for (const group of ['people', 'places', 'organizations'] as const) {
    for (const span of found[group]) {
      const trimmed = span.text.replace(/[\s.,;:!?'"’”)-]+$/u, '').replace(/^[\s"“‘(]+/u, '');
      const start = span.offset.start + span.text.indexOf(trimmed);
      const end = start + trimmed.length;
      if (trimmed.length === 0) continue;
      const first = position[tokenAt[start]!];
      const last = position[tokenAt[end - 1]!];
      if (!first || !last || first[0] !== last[0]) continue;
      predicted[first[0]]!.push({ start: first[1], end: last[1] + 1, type: TYPE_OF_GROUP[group]! });
    }
  }
  return predicted;
}

/** How far from a quotation compromise's nearest person may be to count as its speaker. */
const MAX_SPEAKER_DISTANCE_CHARS = 150;

/**
 * Compromise finds quotations but not who said them; to score it on attributed quotations we
 * give each quotation the nearest person compromise found in the same paragraph (after the
 * quotation first, as news writes "…,” Name said), within 150 characters.
 */
export function compromiseQuotes(text: string): PredictedQuote[] {
  const found = annotateWithCompromise(text);
  const quotes: PredictedQuote[] = [];
  for (const quotation of found.quotations) {
    const start = quotation.offset.start;
    const end = start + quotation.offset.length;
    const speaker = nearestPerson(text, found.people, start, end);
    if (!speaker) continue;
    const content = quotation.text.replace(/^[\s"“‘']+|[\s"”’',.]+$/gu, '');
    quotes.push({ content, speakerMention: speaker, speakerName: speaker });
  }
  return quotes;
}

function nearestPerson(text: string, people: readonly CompromiseSpan[], start: number, end: number): string | null {
  let best: { distance: number; name: string } | null = null;
  for (const person of people) {
    const personStart = person.offset.start;
    const personEnd = personStart + person.offset.length;
    const distance = personStart >= end ? personStart - end : start >= personEnd ? (start - personEnd) * 1.5 : Infinity;
    const between = personStart >= end ? text.slice(end, personStart) : text.slice(personEnd, start);
    if (distance > MAX_SPEAKER_DISTANCE_CHARS || between.includes('\n')) continue;
    if (!best || distance < best.distance) best = { distance, name: person.text.trim() };
  }
  return best?.name ?? null;
}

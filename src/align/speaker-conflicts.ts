import type { Article, FactAlignment, Mention, Quote, QuoteAlignment } from '../model/index.js';
import { nearlySameWord } from './same-named.js';
import { speakerSurname, speakersDiffer } from './speaker-names.js';
import { articleSentences } from './claim-units.js';
import { findWords } from '../text/words.js';
import { foldAccents } from '../text/normalize.js';

/**
 * Quotations aligned across outlets but credited to different people: a speaker conflict for
 * each such pair, citing both quotations (marks, cue and speaker) and both speaker names.
 * Only explicit attributions count: when either outlet names the speaker by a pronoun or a
 * description ("he", "the official"), the resolved name is the quotes stage's guess, and a wrong
 * guess would be reported as the outlets' disagreement. A quotation whose sentence also names the
 * other outlet's speaker is left out too: one speaker may be quoting, answering or paraphrasing
 * the other.
 */
export function findSpeakerConflicts(articles: readonly Article[], quotes: readonly QuoteAlignment[]): FactAlignment[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const conflicts: FactAlignment[] = [];
  const seen = new Set<string>();
  for (const alignment of quotes) {
    if (alignment.relation === 'single') continue;
    const attributed = alignment.mentions.map((mention) => attribution(byId.get(mention.articleId), mention)).filter((found) => found !== null);
    const first = attributed[0];
    const second = first && attributed.find((other) => other.article.id !== first.article.id && differentPeople(first.quote.speakerName, other.quote.speakerName));
    if (!first || !second) continue;
    if (!explicit(first) || !explicit(second) || namedNear(first, second.quote.speakerName!) || namedNear(second, first.quote.speakerName!)) continue;
    // A quotation repeated in one article is aligned once per repeat: report each pair once.
    const pair = `${first.article.id}:${first.quote.start}|${second.article.id}:${second.quote.start}`;
    if (seen.has(pair)) continue;
    seen.add(pair);
    conflicts.push({
      type: 'fact',
      relation: 'conflict',
      mentions: [first, second].map((side) => ({ articleId: side.article.id, span: { start: side.quote.start, end: side.quote.end } })),
      conflict: `said by ${first.quote.speakerName} vs ${second.quote.speakerName}`,
      conflictKind: 'speaker',
      conflictMentions: [first, second].map((side) => ({ articleId: side.article.id, span: { start: side.quote.speaker!.start, end: side.quote.speaker!.end } })),
      confidence: alignment.confidence,
    });
  }
  return conflicts;
}

/** Known speakers whose surnames differ by more than a misspelling ("Welzler", "Wetzler"). */
function differentPeople(a: string | undefined, b: string | undefined): boolean {
  return speakersDiffer(a, b) && !nearlySameWord(speakerSurname(a)!, speakerSurname(b)!);
}

interface Attribution {
  article: Article;
  quote: Quote;
}

function attribution(article: Article | undefined, mention: Mention): Attribution | null {
  const quote = article?.quotes?.find((candidate) => candidate.content.start === mention.span.start && candidate.content.end === mention.span.end);
  return article && quote?.speakerName && quote.speaker ? { article, quote } : null;
}

// Words that may stand beside a person's name in a speaker mention ("Sen. X", "the president, X").
const NAME_COMPANIONS = new Set(['the', 'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'gov', 'gen', 'president', 'minister', 'secretary', 'spokesman', 'spokeswoman']);

/**
 * The speaker is written as a person's name ("Sen. Jim Manley"), not "he", "a statement" or
 * "the Obama campaign" (an organization speaking through someone the other outlet may name).
 */
function explicit(side: Attribution): boolean {
  const speaker = side.quote.speaker!;
  const person = (side.article.entities ?? []).find((entity) => entity.kind === 'person' && entity.start < speaker.end && entity.end > speaker.start);
  if (!person) return false;
  const outside = side.article.text.slice(speaker.start, Math.max(speaker.start, person.start)) + ' ' + side.article.text.slice(Math.min(speaker.end, person.end), speaker.end);
  return findWords(outside).every((word) => NAME_COMPANIONS.has(word.text.toLowerCase()));
}

/** The other speaker's surname appears in the sentences holding this quotation. */
function namedNear(side: Attribution, otherSpeaker: string): boolean {
  const surname = speakerSurname(otherSpeaker);
  if (!surname) return false;
  const sentences = articleSentences(side.article).filter((sentence) => sentence.end > side.quote.start && sentence.start < side.quote.end);
  const start = Math.min(side.quote.start, ...sentences.map((sentence) => sentence.start));
  const end = Math.max(side.quote.end, ...sentences.map((sentence) => sentence.end));
  return foldAccents(side.article.text.slice(start, end)).includes(surname);
}

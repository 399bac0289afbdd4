import type { Article, Summary, SummarySentence } from '../model/index.js';
import type { ClaimUnit } from '../align/claim-units.js';
import { weightedCosine } from '../align/claim-similarity.js';
import type { IdfTable } from '../align/idf.js';
import { findWords } from '../text/words.js';
import { lexRankScores } from './lexrank.js';

export interface SummaryOptions {
  /** Stop adding sentences past this many words (the sentence that crosses it is kept). */
  maxWords?: number;
  maxSentences?: number;
}

// Summary sentences are chosen whole from the articles (extractive: nothing the articles do not
// say). A sentence already covering half the terms of one chosen before is redundant (0.5 cosine).
// Sentences under 6 words are headlines or fragments, over 60 are run-ons a summary should not
// carry. Earlier sentences of an article carry its news (the lead): position weighs 1/(1 + index).
const REDUNDANT_ABOVE = 0.5;
const MIN_SENTENCE_WORDS = 6;
const MAX_SENTENCE_WORDS = 60;
// Importance within a support tier: LexRank centrality (scaled so the mean sentence scores 1)
// plus a lead bonus POSITION_WEIGHT / (1 + index). On 600 AllSides train lines ROUGE-2 hardly
// moves with the weight (16.84–16.87 for 0–2); 1 lets the lead and the centre count alike.
// The group's representative is its member that scores best the same way.
const POSITION_WEIGHT = 1;
// What all outlets agree on fills at most two thirds of the words, so the most important facts
// only some outlets report (flagged) always get a place.
const CONSENSUS_SHARE = 2 / 3;
// The report's summary: about a paragraph (news sentences run 25–50 words).
const DEFAULTS = { maxWords: 150, maxSentences: 6 };

interface Candidate {
  unit: ClaimUnit;
  group: readonly ClaimUnit[];
  support: number;
  importance: number;
}

/**
 * A neutral summary: first what every outlet reports, then what several report, then single
 * outlets' facts (flagged `some`); within a tier, the claims placed earliest in the articles.
 * Each sentence cites every article whose sentence was aligned with it.
 */
export function neutralSummary(articles: readonly Article[], claims: readonly ClaimUnit[], groups: readonly number[][], idf: IdfTable, options: SummaryOptions = {}): Summary {
  const { maxWords, maxSentences } = { ...DEFAULTS, ...options };
  const centrality = lexRankScores(claims.map((claim) => claim.keys)).map((score) => score * claims.length);
  const candidates = groups.map((group) => candidate(articles, group.map((member) => claims[member]!), group.map((member) => centrality[member]!))).filter((entry): entry is Candidate => entry !== null);
  candidates.sort((a, b) => b.support - a.support || b.importance - a.importance);
  const chosen: Candidate[] = [];
  let words = 0;
  const take = (entries: readonly Candidate[], wordLimit: number): void => {
    for (const entry of entries) {
      if (chosen.length >= maxSentences || words >= wordLimit) break;
      if (chosen.includes(entry) || chosen.some((previous) => weightedCosine(previous.unit.keys, entry.unit.keys, idf) > REDUNDANT_ABOVE)) continue;
      chosen.push(entry);
      words += sentenceWords(articles, entry.unit);
    }
  };
  take(candidates.filter((entry) => entry.support === articles.length), maxWords * CONSENSUS_SHARE);
  take(candidates.filter((entry) => entry.support < articles.length), maxWords);
  take(candidates, maxWords);
  chosen.sort((a, b) => b.support - a.support || b.importance - a.importance);
  return { sentences: chosen.map((entry) => summarySentence(articles, entry)) };
}

function candidate(articles: readonly Article[], group: readonly ClaimUnit[], centrality: readonly number[]): Candidate | null {
  const usable = group.filter((unit) => {
    const count = sentenceWords(articles, unit);
    return count >= MIN_SENTENCE_WORDS && count <= MAX_SENTENCE_WORDS;
  });
  if (usable.length === 0) return null;
  const score = (member: ClaimUnit): number => POSITION_WEIGHT / (1 + member.position) + centrality[group.indexOf(member)]!;
  const unit = usable.reduce((best, next) => (score(next) > score(best) ? next : best));
  const importance = Math.max(...group.map(score));
  return { unit, group, support: new Set(group.map((member) => member.articleIndex)).size, importance };
}

function summarySentence(articles: readonly Article[], entry: Candidate): SummarySentence {
  const article = articles[entry.unit.articleIndex]!;
  return {
    text: article.text.slice(entry.unit.start, entry.unit.end),
    citations: entry.group.map((member) => ({ articleId: member.articleId, span: { start: member.start, end: member.end } })),
    support: entry.support === articles.length ? 'all' : 'some',
  };
}

function sentenceWords(articles: readonly Article[], unit: ClaimUnit): number {
  return findWords(articles[unit.articleIndex]!.text.slice(unit.start, unit.end)).length;
}

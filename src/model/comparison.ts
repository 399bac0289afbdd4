import type { FactAlignment, NumberAlignment, QuoteAlignment } from './alignment.js';
import type { EntityKind } from './entity.js';
import type { Framing } from './framing.js';
import type { Message } from './message.js';
import type { Mention } from './span.js';
import type { Summary } from './summary.js';

/** One compared article as the report shows it; `text` is kept so every Mention can be read back. */
export interface ComparedSource {
  articleId: string;
  /** The outlet, else the title, else the input path: how the report names this source. */
  name: string;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  /** True when `publishedAt` was inferred from the other articles of the story. */
  dateInferred: boolean;
  dateline: string | null;
  byline: string | null;
  words: number;
  source: string;
  text: string;
}

/** How alike the compared articles are as wholes (idf-weighted cosine of their lemmas). */
export interface Relatedness {
  meanSimilarity: number;
  minPairSimilarity: number;
  /** Share of article pairs that look like two different events. */
  unrelatedPairShare: number;
  /** True when most pairs look like coverage of unrelated events. */
  unrelated: boolean;
}

/** An entity named by one or more outlets, with where each names it. */
export interface StoryEntity {
  key: string;
  name: string;
  kind: EntityKind;
  mentions: Mention[];
  /** Outlets (article ids) that name it. */
  articleIds: string[];
}

/** One speaker's quoted words in one article. */
export interface VoiceCount {
  articleId: string;
  quotes: number;
  words: number;
}

export interface StoryVoice {
  speakerName: string;
  counts: VoiceCount[];
}

/** A dated event: one resolved date and the passages that mention it. */
export interface TimelineEntry {
  date: string;
  /** The date expressions ("Wednesday", "April 4"). */
  mentions: Mention[];
  /** The sentences holding them: what happened then, in each article's words. */
  passages: Mention[];
  /** True when some mention is resolved against an inferred publication date. */
  inferred: boolean;
}

/** What the comparison found: plain JSON, documented by docs/comparison.schema.json. */
export interface Comparison {
  version: 1;
  sources: ComparedSource[];
  relatedness: Relatedness;
  quotes: QuoteAlignment[];
  facts: FactAlignment[];
  numbers: NumberAlignment[];
  entities: StoryEntity[];
  voices: StoryVoice[];
  timeline: TimelineEntry[];
  summary: Summary;
  /** The words outlets choose for the same referent (absent when not computed). */
  framing?: Framing;
  /** What could not be compared and why (missing annotations, unrelated articles…). */
  messages: Message[];
}

import type { Message } from './message.js';
import type { Sentence, Token } from './sentence.js';
import type { Entity, EntityReference } from './entity.js';
import type { DateMention } from './date-mention.js';
import type { NumberMention } from './number-mention.js';
import type { Quote } from './quote.js';

/**
 * The extracted article: one immutable `text` and its metadata. Every field of the extraction
 * output is always present (unknown: null, lists: []).
 */
export interface ExtractedArticle {
  id: string;
  source: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  authors: string[];
  /** ISO 8601 as precise as known ("2017-04-13", or with time and the page's own offset). */
  publishedAt: string | null;
  /** BCP 47 tag. */
  language: string | null;
  /** The place line that opens the body ("MOSCOW", "LONDON (AP)"), kept in the text as printed. */
  dateline: string | null;
  captions: string[];
  /** Photo credits and contributor lines, moved out of the body. */
  credits: string[];
  text: string;
  messages: Message[];
}

/**
 * An article with its annotations. An absent annotation array means "not computed"; an empty one
 * means "computed, none found". `provenance` maps each stage that ran to its version.
 */
export interface Article extends ExtractedArticle {
  sentences?: Sentence[];
  tokens?: Token[];
  entities?: Entity[];
  references?: EntityReference[];
  dates?: DateMention[];
  numbers?: NumberMention[];
  quotes?: Quote[];
  provenance?: Record<string, string>;
}

/** The fields a stage may require or provide. */
export type ArticleField = keyof Article;

/** The fields every extracted article has, so stages may require them without a provider. */
export const EXTRACTED_FIELDS: readonly ArticleField[] = [
  'id', 'source', 'url', 'outlet', 'title', 'authors', 'publishedAt', 'language',
  'dateline', 'captions', 'credits', 'text', 'messages',
];

import { packVector, type PackedVector } from './packed-vector.js';
import { addInto, evidenceNorms, pruneTo, type EvidenceNorms, type SparseVector } from './sparse-vector.js';
import type { ArticleVectors, FrequencyTables } from './weigh-article.js';

/** A headline kept to choose the story title: the one closest to the story's centroid wins. */
export interface TitleCandidate {
  title: string;
  terms: SparseVector;
}

/**
 * The running state of one story: the sums of its articles' unit vectors (their direction is
 * the centroid), its dates, outlets and members.
 */
export interface StoryState {
  id: string;
  /** Creation order: the deterministic tie-breaker. */
  order: number;
  articleIds: string[];
  outlets: string[];
  firstDate: string | null;
  lastDate: string | null;
  firstDay: number | null;
  lastDay: number | null;
  terms: SparseVector;
  names: SparseVector;
  numbers: SparseVector;
  /** The norms of terms, names and numbers, updated with them (each is read by every comparison). */
  norms: EvidenceNorms;
  titleCandidates: TitleCandidate[];
  /** The members' years (publication year, else the year their text names most), with counts. */
  years: Map<number, number>;
  /** Every year any member names. */
  mentionedYears: Set<number>;
  /** Stream position (articles seen before it) of the latest member. */
  lastArticle: number;
  /** Set when the story retired (no article for a long stretch): its title then, its evidence dropped. */
  retiredTitle?: string;
  /** The index keys ("t:word", "n:name") under which the candidate index lists this story. */
  indexedKeys: Set<string>;
  /** terms, names and numbers over feature ids, made when the story is next compared after it changed. */
  packed?: PackedEvidence;
}

export interface PackedEvidence {
  terms: PackedVector;
  names: PackedVector;
  numbers: PackedVector;
}

/** The story's vectors over feature ids, kept until the story changes. */
export function packedEvidence(story: StoryState, tables: FrequencyTables): PackedEvidence {
  story.packed ??= {
    terms: packVector(story.terms, tables.terms),
    names: packVector(story.names, tables.names),
    numbers: packVector(story.numbers, tables.numbers),
  };
  return story.packed;
}

/**
 * A centroid keeps its 300 strongest terms, 100 names and 60 numbers: enough for stories of
 * hundreds of articles (the top of a centroid is stable after a few articles) while keeping
 * memory and comparison time flat as a story grows.
 */
const MAX_CENTROID_TERMS = 300;
const MAX_CENTROID_NAMES = 100;
const MAX_CENTROID_NUMBERS = 60;
/**
 * Headlines kept for the title choice: the first 8 of a story are representative, and their 20
 * strongest words place them against the centroid (these lists are most of a story's memory).
 */
const MAX_TITLE_CANDIDATES = 8;
const TITLE_VECTOR_TERMS = 20;

export interface MemberInfo {
  id: string;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
}

export function createStory(id: string, order: number): StoryState {
  return {
    id, order, articleIds: [], outlets: [], firstDate: null, lastDate: null, firstDay: null, lastDay: null,
    terms: new Map(), names: new Map(), numbers: new Map(), norms: { terms: 0, names: 0, numbers: 0 }, titleCandidates: [], years: new Map(), mentionedYears: new Set(), lastArticle: 0, indexedKeys: new Set(),
  };
}

/** Adds one article to a story: its vectors to the sums, its date to the range, its headline. */
export function addMember(story: StoryState, member: MemberInfo, vectors: ArticleVectors, streamPosition: number): void {
  story.articleIds.push(member.id);
  story.lastArticle = streamPosition;
  if (member.outlet && !story.outlets.includes(member.outlet)) story.outlets.push(member.outlet);
  addInto(story.terms, vectors.terms);
  addInto(story.names, vectors.names);
  addInto(story.numbers, vectors.numbers);
  story.terms = pruneTo(story.terms, MAX_CENTROID_TERMS);
  story.names = pruneTo(story.names, MAX_CENTROID_NAMES);
  story.numbers = pruneTo(story.numbers, MAX_CENTROID_NUMBERS);
  story.norms = evidenceNorms(story);
  // A new story's sums are its first article's vectors, in their order (no article vector
  // exceeds a centroid's limits), so their packed form is the article's; most stories at scale
  // keep one article, and packing each again cost 6% of ingest's main thread.
  const copiesArticle = story.articleIds.length === 1 && story.terms.size === vectors.terms.size
    && story.names.size === vectors.names.size && story.numbers.size === vectors.numbers.size;
  story.packed = copiesArticle ? vectors.packed : undefined;
  if (vectors.day !== null && member.publishedAt) {
    if (story.firstDay === null || vectors.day < story.firstDay) {
      story.firstDay = vectors.day;
      story.firstDate = member.publishedAt;
    }
    if (story.lastDay === null || vectors.day > story.lastDay) {
      story.lastDay = vectors.day;
      story.lastDate = member.publishedAt;
    }
  }
  if (vectors.year !== null) story.years.set(vectors.year, (story.years.get(vectors.year) ?? 0) + 1);
  for (const year of vectors.years) story.mentionedYears.add(year);
  if (member.title && story.titleCandidates.length < MAX_TITLE_CANDIDATES) {
    story.titleCandidates.push({ title: member.title, terms: pruneTo(vectors.terms, TITLE_VECTOR_TERMS) });
  }
}

import { ParallaxError } from '../model/index.js';
import type { CandidateIndex } from './candidate-index.js';
import type { DocumentFrequencies } from './document-frequencies.js';
import { evidenceNorms } from './sparse-vector.js';
import type { StoryState } from './story-state.js';
import type { FrequencyTables } from './weigh-article.js';

type Entries = Array<[string, number]>;

interface FrequenciesSnapshot {
  documentCount: number;
  counts: Entries;
}

interface StorySnapshot {
  /** Creation order (a forgetful clusterer's snapshot skips the orders of forgotten stories). */
  order: number;
  id: string;
  articleIds: string[];
  outlets: string[];
  firstDate: string | null;
  lastDate: string | null;
  firstDay: number | null;
  lastDay: number | null;
  terms: Entries;
  names: Entries;
  numbers: Entries;
  titleCandidates: Array<{ title: string; terms: Entries }>;
  years: Array<[number, number]>;
  mentionedYears: number[];
  lastArticle: number;
  retiredTitle?: string;
}

/**
 * The clusterer's whole state as plain JSON (maps as entry lists, in their order), so a restored
 * clusterer continues exactly as the original would. The candidate index is kept as it is, not
 * rebuilt: the order of its lists and the entries cut from long ones decide which stories later
 * articles are compared with.
 */
export interface ClustererSnapshot {
  format: 'parallax-story-clusterer';
  version: 2;
  terms: FrequenciesSnapshot;
  names: FrequenciesSnapshot;
  numbers: FrequenciesSnapshot;
  /** Stories created so far, forgotten ones included: the next story's creation order. */
  storyCount: number;
  /** The newest publication day seen (the retirement clock), null before the first dated article. */
  newestDay: number | null;
  /** The stories still held, in creation order. */
  stories: StorySnapshot[];
  /** The candidate index's lists: key → story orders, oldest first. */
  postings: Array<[string, number[]]>;
}

export interface ClustererState {
  tables: FrequencyTables;
  /** Indexed by creation order; undefined where a story was forgotten. */
  stories: Array<StoryState | undefined>;
  index: CandidateIndex;
  newestDay: number | null;
}

export function toSnapshot(state: ClustererState): ClustererSnapshot {
  const { tables } = state;
  const held = state.stories.filter((story): story is StoryState => story !== undefined);
  return {
    format: 'parallax-story-clusterer',
    version: 2,
    terms: frequencies(tables.terms),
    names: frequencies(tables.names),
    numbers: frequencies(tables.numbers),
    storyCount: state.stories.length,
    newestDay: state.newestDay,
    stories: held.map((story) => ({
      order: story.order,
      id: story.id, articleIds: [...story.articleIds], outlets: [...story.outlets],
      firstDate: story.firstDate, lastDate: story.lastDate, firstDay: story.firstDay, lastDay: story.lastDay,
      terms: [...story.terms], names: [...story.names], numbers: [...story.numbers],
      titleCandidates: story.titleCandidates.map((candidate) => ({ title: candidate.title, terms: [...candidate.terms] })),
      years: [...story.years],
      mentionedYears: [...story.mentionedYears],
      lastArticle: story.lastArticle,
      ...(story.retiredTitle !== undefined ? { retiredTitle: story.retiredTitle } : {}),
    })),
    postings: [...state.index.postings].map(([key, orders]) => [key, [...orders]]),
  };
}

export function fromSnapshot(snapshot: ClustererSnapshot): ClustererState {
  if (snapshot.format !== 'parallax-story-clusterer' || snapshot.version !== 2) {
    throw new ParallaxError('PX021', `Not a version 2 story clusterer snapshot (format ${String(snapshot.format)}, version ${String(snapshot.version)}); re-cluster from the stored articles.`);
  }
  const stories = new Array<StoryState | undefined>(snapshot.storyCount).fill(undefined);
  for (const story of snapshot.stories) {
    stories[story.order] = {
      ...story, articleIds: [...story.articleIds], outlets: [...story.outlets],
      terms: new Map(story.terms), names: new Map(story.names), numbers: new Map(story.numbers),
      norms: evidenceNorms({ terms: new Map(story.terms), names: new Map(story.names), numbers: new Map(story.numbers) }),
      titleCandidates: story.titleCandidates.map((candidate) => ({ title: candidate.title, terms: new Map(candidate.terms) })),
      years: new Map(story.years),
      mentionedYears: new Set(story.mentionedYears),
      indexedKeys: new Set<string>(),
    };
  }
  const postings = new Map<string, number[]>();
  for (const [key, orders] of snapshot.postings) {
    postings.set(key, [...orders]);
    // The index's invariant: a story's indexedKeys are exactly the lists that hold it.
    for (const order of orders) stories[order]?.indexedKeys.add(key);
  }
  return {
    tables: { terms: tables(snapshot.terms), names: tables(snapshot.names), numbers: tables(snapshot.numbers) },
    stories,
    index: { postings },
    newestDay: snapshot.newestDay,
  };
}

function frequencies(table: DocumentFrequencies): FrequenciesSnapshot {
  return { documentCount: table.documentCount, counts: [...table.counts] };
}

function tables(snapshot: FrequenciesSnapshot): DocumentFrequencies {
  return { documentCount: snapshot.documentCount, counts: new Map(snapshot.counts) };
}

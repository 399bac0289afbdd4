import { ParallaxError } from '../model/index.js';
import type { CandidateIndex } from './candidate-index.js';
import { frequenciesFromEntries, frequencyEntries, type DocumentFrequencies } from './document-frequencies.js';
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

/** The whole state in one object, copied directly (snapshotParts is the bounded-memory form). */
export function toSnapshot(state: ClustererState): ClustererSnapshot {
  const { tables } = state;
  return {
    format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION,
    terms: frequencies(tables.terms), names: frequencies(tables.names), numbers: frequencies(tables.numbers),
    storyCount: state.stories.length, newestDay: state.newestDay,
    stories: heldStories(state).map(storySnapshot),
    postings: [...state.index.postings].map(([key, orders]) => [key, [...orders]]),
  };
}

const SNAPSHOT_FORMAT = 'parallax-story-clusterer';
const SNAPSHOT_VERSION = 2;

/** Per part of snapshotParts: frequency entries or candidate-index lists, or stories. */
const PART_ENTRIES = 20_000;
const PART_STORIES = 250;

type SnapshotPart =
  | { header: Pick<ClustererSnapshot, 'format' | 'version' | 'storyCount' | 'newestDay'> & { documentCounts: Record<TableName, number> } }
  | { table: TableName; counts: Entries }
  | { stories: StorySnapshot[] }
  | { postings: Array<[string, number[]]> };

type TableName = 'terms' | 'names' | 'numbers';
const TABLE_NAMES: readonly TableName[] = ['terms', 'names', 'numbers'];

/**
 * The snapshot as a series of JSON texts, each a bounded slice of it, made one at a time as they
 * are consumed: saving a large clusterer's state this way never holds a copy of all of it (as
 * one object and one text, it is the likely cause of the 2,076 MB peak of a million-article ingest).
 * snapshotFromParts puts them back together.
 */
export function* snapshotParts(state: ClustererState): Generator<string> {
  const { tables } = state;
  yield JSON.stringify({
    header: {
      format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, storyCount: state.stories.length, newestDay: state.newestDay,
      documentCounts: { terms: tables.terms.documentCount, names: tables.names.documentCount, numbers: tables.numbers.documentCount },
    },
  } satisfies SnapshotPart);
  for (const table of TABLE_NAMES) {
    for (const counts of slices(frequencyEntries(tables[table]), PART_ENTRIES)) yield JSON.stringify({ table, counts } satisfies SnapshotPart);
  }
  for (const stories of slices(heldStories(state), PART_STORIES)) yield JSON.stringify({ stories: stories.map(storySnapshot) } satisfies SnapshotPart);
  for (const postings of slices(state.index.postings, PART_ENTRIES)) yield JSON.stringify({ postings } satisfies SnapshotPart);
}

export function snapshotFromParts(parts: Iterable<string>): ClustererSnapshot {
  let snapshot: ClustererSnapshot | undefined;
  for (const text of parts) {
    const part = JSON.parse(text) as SnapshotPart;
    if ('header' in part) {
      checkVersion(part.header);
      const { documentCounts, ...header } = part.header;
      snapshot = {
        ...header,
        terms: { documentCount: documentCounts.terms, counts: [] },
        names: { documentCount: documentCounts.names, counts: [] },
        numbers: { documentCount: documentCounts.numbers, counts: [] },
        stories: [], postings: [],
      };
    } else if (snapshot === undefined) {
      throw new ParallaxError('PX021', 'A story clusterer snapshot whose first part is not its header; re-cluster from the stored articles.');
    } else if ('table' in part) {
      snapshot[part.table].counts.push(...part.counts);
    } else if ('stories' in part) {
      snapshot.stories.push(...part.stories);
    } else {
      snapshot.postings.push(...part.postings);
    }
  }
  if (snapshot === undefined) throw new ParallaxError('PX021', 'An empty story clusterer snapshot; re-cluster from the stored articles.');
  return snapshot;
}

/** Snapshots of another format or version are refused (PX021), not guessed at. */
function checkVersion(header: { format: unknown; version: unknown }): void {
  if (header.format !== SNAPSHOT_FORMAT || header.version !== SNAPSHOT_VERSION) {
    throw new ParallaxError('PX021', `Not a version 2 story clusterer snapshot (format ${String(header.format)}, version ${String(header.version)}); re-cluster from the stored articles.`);
  }
}

function heldStories(state: ClustererState): StoryState[] {
  return state.stories.filter((story): story is StoryState => story !== undefined);
}

function frequencies(table: DocumentFrequencies): FrequenciesSnapshot {
  return { documentCount: table.documentCount, counts: [...frequencyEntries(table)] };
}

function storySnapshot(story: StoryState): StorySnapshot {
  return {
    order: story.order,
    id: story.id, articleIds: [...story.articleIds], outlets: [...story.outlets],
    firstDate: story.firstDate, lastDate: story.lastDate, firstDay: story.firstDay, lastDay: story.lastDay,
    terms: [...story.terms], names: [...story.names], numbers: [...story.numbers],
    titleCandidates: story.titleCandidates.map((candidate) => ({ title: candidate.title, terms: [...candidate.terms] })),
    years: [...story.years],
    mentionedYears: [...story.mentionedYears],
    lastArticle: story.lastArticle,
    ...(story.retiredTitle !== undefined ? { retiredTitle: story.retiredTitle } : {}),
  };
}

/** Consecutive slices of at most `size` items (map entries as [key, value]). */
function* slices<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let slice: T[] = [];
  for (const item of items) {
    slice.push(item);
    if (slice.length === size) { yield slice; slice = []; }
  }
  if (slice.length > 0) yield slice;
}

export function fromSnapshot(snapshot: ClustererSnapshot): ClustererState {
  checkVersion(snapshot);
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

function tables(snapshot: FrequenciesSnapshot): DocumentFrequencies {
  return frequenciesFromEntries(snapshot.documentCount, snapshot.counts);
}

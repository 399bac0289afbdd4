import { ParallaxError } from '../model/index.js';
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
 * The clusterer's whole state as plain JSON (maps as entry lists, in their order, so a restored
 * clusterer continues exactly as the original would). The candidate index is rebuilt on restore.
 */
export interface ClustererSnapshot {
  format: 'parallax-story-clusterer';
  version: 1;
  terms: FrequenciesSnapshot;
  names: FrequenciesSnapshot;
  numbers: FrequenciesSnapshot;
  stories: StorySnapshot[];
}

export function toSnapshot(tables: FrequencyTables, stories: readonly StoryState[]): ClustererSnapshot {
  return {
    format: 'parallax-story-clusterer',
    version: 1,
    terms: frequencies(tables.terms),
    names: frequencies(tables.names),
    numbers: frequencies(tables.numbers),
    stories: stories.map((story) => ({
      id: story.id, articleIds: [...story.articleIds], outlets: [...story.outlets],
      firstDate: story.firstDate, lastDate: story.lastDate, firstDay: story.firstDay, lastDay: story.lastDay,
      terms: [...story.terms], names: [...story.names], numbers: [...story.numbers],
      titleCandidates: story.titleCandidates.map((candidate) => ({ title: candidate.title, terms: [...candidate.terms] })),
      years: [...story.years],
      mentionedYears: [...story.mentionedYears],
      lastArticle: story.lastArticle,
      ...(story.retiredTitle !== undefined ? { retiredTitle: story.retiredTitle } : {}),
    })),
  };
}

export function fromSnapshot(snapshot: ClustererSnapshot): { tables: FrequencyTables; stories: StoryState[] } {
  if (snapshot.format !== 'parallax-story-clusterer' || snapshot.version !== 1) {
    throw new ParallaxError('PX021', `Not a version 1 story clusterer snapshot (format ${String(snapshot.format)}); re-cluster from the stored articles.`);
  }
  return {
    tables: { terms: tables(snapshot.terms), names: tables(snapshot.names), numbers: tables(snapshot.numbers) },
    stories: snapshot.stories.map((story, order) => ({
      ...story, order, articleIds: [...story.articleIds], outlets: [...story.outlets],
      terms: new Map(story.terms), names: new Map(story.names), numbers: new Map(story.numbers),
      norms: evidenceNorms({ terms: new Map(story.terms), names: new Map(story.names), numbers: new Map(story.numbers) }),
      titleCandidates: story.titleCandidates.map((candidate) => ({ title: candidate.title, terms: new Map(candidate.terms) })),
      years: new Map(story.years),
      mentionedYears: new Set(story.mentionedYears),
      indexedKeys: new Set<string>(),
    })),
  };
}

function frequencies(table: DocumentFrequencies): FrequenciesSnapshot {
  return { documentCount: table.documentCount, counts: [...table.counts] };
}

function tables(snapshot: FrequenciesSnapshot): DocumentFrequencies {
  return { documentCount: snapshot.documentCount, counts: new Map(snapshot.counts) };
}

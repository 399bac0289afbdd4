import type { Story } from '../model/index.js';
import { stableHash } from '../text/hash.js';
import { countArticleFeatures, type ArticleCounts } from './article-features.js';
import { createCandidateIndex, findCandidates, indexStory, unindexStory, type CandidateIndex } from './candidate-index.js';
import type { ClusterInput } from './cluster-input.js';
import { emptyFrequencies } from './document-frequencies.js';
import { clearSpreads, createArticleSpreads, DEFAULT_SIMILARITY, spreadArticle, storySimilarity, type SimilarityOptions } from './story-similarity.js';
import { addMember, createStory, packedEvidence, type StoryState } from './story-state.js';
import { storyTitle } from './story-title.js';
import { dayNumber, weighArticle, type FrequencyTables } from './weigh-article.js';
import { fromSnapshot, snapshotParts, toSnapshot, type ClustererSnapshot, type ClustererState } from './clusterer-snapshot.js';
import { createRetirementQueue, MAX_LIVE_STORIES, noteDay, noteGrowth, RETIRE_AFTER_ARTICLES, RETIRE_AFTER_DAYS, retireIdleStories, type RetirementLimits } from './retire-stories.js';

export interface StoryClustererOptions extends Partial<SimilarityOptions> {
  /** An article joins its most similar story when the similarity reaches this; see DEFAULT_JOIN_THRESHOLD. */
  joinThreshold?: number;
  /** A story with no article among this many latest ones retires (default RETIRE_AFTER_ARTICLES). */
  retireAfterArticles?: number;
  /** A story with no article in this many days before the newest date seen retires (default RETIRE_AFTER_DAYS). */
  retireAfterDays?: number;
  /** At most this many stories stay live; the least recently grown retire first (default MAX_LIVE_STORIES). */
  maxLiveStories?: number;
  /**
   * Forget retired stories entirely (they are reported in `Assignment.retired`, and `stories()`
   * lists live stories only), so memory stays flat on an endless stream whose stories are
   * stored elsewhere, as ingest does. Its snapshot holds the live stories only.
   */
  forgetRetired?: boolean;
}

/** A story that retired: its final id and title. */
export interface RetiredStory {
  id: string;
  title: string;
}

/** What adding one article did. */
export interface Assignment {
  storyId: string;
  /** True when the article opened a new story. */
  created: boolean;
  /** Similarity to the story it joined (0 for a new story). */
  similarity: number;
  /** Stories retired to make way for this article, in retirement order (usually none). */
  retired: RetiredStory[];
}

export interface StoryClusterer {
  /**
   * Assigns one article, in stream (publication) order. The same inputs in the same order give
   * the same stories. `counts` are the input's countArticleFeatures, when already computed
   * elsewhere (ingest counts them on its extraction threads); they depend on the input alone.
   */
  add(input: ClusterInput, counts?: ArticleCounts): Assignment;
  /** Every story so far (only the live ones when forgetting retired stories), in creation order. */
  stories(): Story[];
  /** Articles added so far (restored ones included): the stream position of the next. */
  articleCount(): number;
  /** The whole state as plain JSON, to store and restore later (createStoryClusterer's second argument) and go on adding. */
  snapshot(): ClustererSnapshot;
  /**
   * The same state as JSON texts of bounded size, made as they are consumed (read them all
   * before adding again); snapshotFromParts turns them into a snapshot. For large states: no
   * copy of the whole is ever held.
   */
  snapshotParts(): Iterable<string>;
}

/**
 * Calibrated on the given ECB+ topics and BASIL years (`parallax eval stories`): ECB+ BCubed F1
 * is 0.88 at 0.25, 0.905 at 0.27 and 0.90 at 0.28 (below, same-kind events merge; above,
 * stories split); BASIL, with the time boost, is 0.98–0.99 from 0.26 to 0.28.
 */
export const DEFAULT_JOIN_THRESHOLD = 0.27;

/**
 * Online story clustering: one article at a time, each joins the most similar candidate story
 * (found through an inverted index over the stories' strongest words and names) or opens a new
 * one. Words are TF-IDF weighted with frequencies learned from the stream itself.
 */
export function createStoryClusterer(options: StoryClustererOptions = {}, restoreFrom?: ClustererSnapshot): StoryClusterer {
  const similarity: SimilarityOptions = { ...DEFAULT_SIMILARITY, ...definedOnly(options) };
  const joinThreshold = options.joinThreshold ?? DEFAULT_JOIN_THRESHOLD;
  const restored = restoreFrom ? fromSnapshot(restoreFrom) : undefined;
  const tables: FrequencyTables = restored?.tables ?? { terms: emptyFrequencies(), names: emptyFrequencies(), numbers: emptyFrequencies() };
  // Indexed by creation order; a forgetful clusterer empties the slot of a retired story.
  const stories: Array<StoryState | undefined> = restored?.stories ?? [];
  const index: CandidateIndex = restored?.index ?? createCandidateIndex();
  const retirement = createRetirementQueue(stories);
  if (restored) retirement.newestDay = restored.newestDay;
  const limits: RetirementLimits = {
    afterArticles: options.retireAfterArticles ?? RETIRE_AFTER_ARTICLES,
    afterDays: options.retireAfterDays ?? RETIRE_AFTER_DAYS,
    maxLiveStories: options.maxLiveStories ?? MAX_LIVE_STORIES,
  };
  // Each article's vectors, spread while it is compared with its candidates.
  const spreads = createArticleSpreads();

  function add(input: ClusterInput, counts?: ArticleCounts): Assignment {
    const streamPosition = tables.terms.documentCount;
    const retired: RetiredStory[] = [];
    noteDay(retirement, dayNumber(input.publishedAt));
    retireIdleStories(retirement, stories, streamPosition, limits, (story) => {
      unindexStory(index, story);
      retired.push({ id: story.id, title: storyTitle(story) });
      if (options.forgetRetired) stories[story.order] = undefined;
    });
    const vectors = weighArticle(counts ?? countArticleFeatures(input), tables, input.publishedAt);
    let best: StoryState | undefined;
    let bestScore = -1;
    const candidates = findCandidates(index, vectors, stories);
    if (candidates.length > 0) {
      spreadArticle(spreads, vectors);
      try {
        for (const candidate of candidates) {
          const score = storySimilarity(vectors, spreads, candidate, packedEvidence(candidate, tables), similarity);
          if (score > bestScore || (score === bestScore && best !== undefined && candidate.order < best.order)) {
            best = candidate;
            bestScore = score;
          }
        }
      } finally {
        // Left spread, the next article's comparisons would read this one's entries.
        clearSpreads(spreads);
      }
    }
    const created = best === undefined || bestScore < joinThreshold;
    const story = created ? createStory(`story-${stableHash(input.id)}`, stories.length) : (best as StoryState);
    if (created) stories.push(story);
    addMember(story, {
      id: input.id, title: input.title ?? null, outlet: input.outlet ?? null, publishedAt: input.publishedAt ?? null,
    }, vectors, streamPosition);
    indexStory(index, story, stories);
    noteGrowth(retirement, story, created);
    return { storyId: story.id, created, similarity: created ? 0 : bestScore, retired };
  }

  const state = (): ClustererState => ({ tables, stories, index, newestDay: retirement.newestDay });

  return {
    add,
    stories: () => stories.filter((story): story is StoryState => story !== undefined).map(toStory),
    articleCount: () => tables.terms.documentCount,
    snapshot: () => toSnapshot(state()),
    snapshotParts: () => snapshotParts(state()),
  };
}

function toStory(state: StoryState): Story {
  return {
    id: state.id,
    title: storyTitle(state),
    firstDate: state.firstDate,
    lastDate: state.lastDate,
    outlets: [...state.outlets],
    articleIds: [...state.articleIds],
  };
}

const NOT_SIMILARITY_OPTIONS = new Set(['joinThreshold', 'retireAfterArticles', 'retireAfterDays', 'maxLiveStories', 'forgetRetired']);

function definedOnly(options: StoryClustererOptions): Partial<SimilarityOptions> {
  return Object.fromEntries(Object.entries(options).filter(([key, value]) => value !== undefined && !NOT_SIMILARITY_OPTIONS.has(key)));
}

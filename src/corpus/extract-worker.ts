import type { Article, RawDocument } from '../model/index.js';
import { hasErrors, makeMessage } from '../model/index.js';
import { extractArticle } from '../extract/extract-article.js';
import { failedExtractionRecord } from '../extract/extraction-record.js';
import type { ArticleFingerprint } from '../dedup/duplicate-link.js';
import { fingerprintArticle } from '../dedup/fingerprint-article.js';
import { loadShingleHasher } from '../dedup/shingles.js';
import { readFileDocuments } from '../ingest/read-file-sync.js';
import { documentKey } from './document-key.js';
import { clusterInputFromArticle, countArticleFeatures, type ArticleCounts } from '../cluster/index.js';
import { deferToMainThread } from './thread-priority.js';

deferToMainThread();

export interface ExtractTask {
  raw: RawDocument;
  annotate: boolean;
}

/** A file to read and extract on the worker thread: the main thread sends its path, not its text. */
export interface ReadTask {
  path: string;
  annotate: boolean;
}

/** One document of a read file: its key (see documentKey) and its extraction. */
export interface KeyedResult {
  key: string;
  result: ExtractResult;
}

export interface ExtractResult {
  article: Article;
  /** Null when extraction failed (an error message on the article). */
  fingerprint: ArticleFingerprint | null;
  /**
   * The clusterer's raw feature counts of the article (they depend on the article alone, so they
   * are counted here, off the main thread; weighting them needs the stream's state and is not).
   * Null when extraction failed.
   */
  clusterCounts: ArticleCounts | null;
}

/**
 * The CPU-heavy part of ingest, run on a worker thread (or in-process): extraction, optional
 * annotation, the dedup fingerprint and the clusterer's feature counts. Everything that reads or writes the store stays on the
 * main thread, in input order.
 */
export default async function extractDocument(task: ExtractTask): Promise<ExtractResult> {
  let extracted: Article;
  try {
    extracted = extractArticle(task.raw);
  } catch (error) {
    // One bad page must not end a run of a million: it becomes that document's failure message.
    return { article: failedExtractionRecord(task.raw, error), fingerprint: null, clusterCounts: null };
  }
  if (hasErrors(extracted.messages) || extracted.text.length === 0) return { article: extracted, fingerprint: null, clusterCounts: null };
  const article = task.annotate ? await annotateSafely(extracted) : extracted;
  return {
    article,
    fingerprint: fingerprintArticle(article, await loadShingleHasher()),
    clusterCounts: countArticleFeatures(clusterInputFromArticle(article)),
  };
}

/**
 * Reads one file (every document in it: a feed or a WARC holds many) and extracts each, in file
 * order. Reading here keeps file I/O and decoding off the main thread, and sends it small results
 * instead of the documents' text; failures to read come back as failed documents, as from readInputs.
 */
export async function readAndExtract(task: ReadTask): Promise<KeyedResult[]> {
  const results: KeyedResult[] = [];
  for await (const raw of readFileDocuments(task.path)) {
    results.push({ key: documentKey(raw), result: await extractDocument({ raw, annotate: task.annotate }) });
  }
  return results;
}

let annotator: Promise<(article: Article) => Article> | undefined;

/** The annotation pipeline (and its language models) loads only in threads that annotate. */
function loadAnnotator(): Promise<(article: Article) => Article> {
  annotator ??= import('../pipeline/default-pipeline.js').then((module) => (article: Article) => module.annotateArticle(article));
  return annotator;
}

/** A failing annotation stage leaves the article extracted only, with a warning saying so. */
async function annotateSafely(article: Article): Promise<Article> {
  try {
    return (await loadAnnotator())(article);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ...article, messages: [...article.messages, makeMessage('annotation-failed', `Annotation failed (${reason}); the article is stored without annotations.`, { severity: 'warning', source: article.source, stage: 'annotate' })] };
  }
}

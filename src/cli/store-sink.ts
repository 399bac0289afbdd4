import type { ExtractedArticle } from '../model/index.js';
import { hasErrors } from '../model/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { PutArticleResult } from '../store/store.js';

/**
 * Articles per transaction: one commit per article would make storing slower than extracting;
 * a kill loses at most this many, which the next run stores again (the upsert is idempotent).
 */
const ARTICLES_PER_TRANSACTION = 100;

/**
 * `parallax extract --db FILE`: stores each extracted article (the versioned, idempotent upsert;
 * failed extractions are not stored) and, at the end, says on standard error what it stored.
 * Deduplication and stories are `parallax ingest`'s work.
 */
export function storeSink(file: string, log: NodeJS.WritableStream = process.stderr) {
  const store = openSqliteStore(file);
  const counts: Record<PutArticleResult['status'], number> = { new: 0, updated: 0, unchanged: 0 };
  let pending: ExtractedArticle[] = [];
  const flush = async () => {
    const batch = pending;
    pending = [];
    await store.transaction(async () => {
      for (const article of batch) counts[(await store.putArticle(article)).status] += 1;
    });
  };
  return {
    async write(article: ExtractedArticle): Promise<void> {
      if (hasErrors(article.messages) || article.text.length === 0) return;
      pending.push(article);
      if (pending.length >= ARTICLES_PER_TRANSACTION) await flush();
    },
    async end(): Promise<void> {
      try {
        if (pending.length > 0) await flush();
      } finally {
        await store.close();
      }
      log.write(`parallax: stored in ${file}: ${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged\n`);
    },
  };
}

/** What one ingest run did, counted per input document. */
export interface IngestSummary {
  /** Documents read from the inputs. */
  read: number;
  /** Documents an earlier run already ingested (skipped). */
  alreadyIngested: number;
  /** New articles: originals and stored copies. */
  stored: number;
  /** Articles stored again with a changed document (a new version). */
  updated: number;
  /** Articles whose id was already stored with the same document. */
  unchanged: number;
  exactDuplicates: number;
  nearDuplicates: number;
  wireCopies: number;
  failed: number;
  storiesCreated: number;
  storiesGrown: number;
  elapsedMs: number;
}

export function emptySummary(): IngestSummary {
  return {
    read: 0, alreadyIngested: 0, stored: 0, updated: 0, unchanged: 0, exactDuplicates: 0, nearDuplicates: 0,
    wireCopies: 0, failed: 0, storiesCreated: 0, storiesGrown: 0, elapsedMs: 0,
  };
}

/** Independent articles among those stored: everything new that is not a copy. */
export function independentCount(summary: IngestSummary): number {
  return summary.stored - summary.nearDuplicates - summary.wireCopies;
}

export function formatSummary(summary: IngestSummary): string {
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 ? Math.round(independentCount(summary) / seconds) : 0;
  return [
    `read ${summary.read} documents in ${seconds.toFixed(1)} s (${rate} unique articles/s)`,
    `  new ${summary.stored} (${independentCount(summary)} independent, ${summary.nearDuplicates} near-duplicates, ${summary.wireCopies} wire copies)`,
    `  exact duplicates ${summary.exactDuplicates}, updated ${summary.updated}, unchanged ${summary.unchanged}, already ingested ${summary.alreadyIngested}, failed ${summary.failed}`,
    `  stories created ${summary.storiesCreated}, grown ${summary.storiesGrown}`,
  ].join('\n');
}

import cliProgress from 'cli-progress';
import type { IngestSummary } from '../corpus/ingest-summary.js';

/** Plain progress lines (no terminal) at most this often: enough to see it move in a log. */
const PLAIN_LINE_INTERVAL_MS = 5000;

export interface IngestProgress {
  update(summary: IngestSummary): void;
  stop(): void;
}

/**
 * A progress bar with rate and ETA on a terminal (standard error), plain lines otherwise. The
 * total is the input file count; multi-record files push it up as they are read.
 */
export function createIngestProgress(totalFiles: number, stream: NodeJS.WriteStream = process.stderr): IngestProgress {
  if (!stream.isTTY) return plainProgress(stream);
  const bar = new cliProgress.SingleBar({
    stream,
    format: 'ingest {bar} {value}/{total} documents | {rate}/s | ETA {eta_formatted} | {stored} new, {copies} copies, {failed} failed',
    hideCursor: true,
    etaBuffer: 50,
  }, cliProgress.Presets.shades_classic);
  bar.start(totalFiles, 0, { rate: 0, stored: 0, copies: 0, failed: 0 });
  return {
    update(summary) {
      if (summary.read > bar.getTotal()) bar.setTotal(summary.read);
      bar.update(summary.read, {
        rate: Math.round(summary.read / Math.max(summary.elapsedMs / 1000, 0.001)),
        stored: summary.stored,
        copies: summary.exactDuplicates + summary.nearDuplicates + summary.wireCopies,
        failed: summary.failed,
      });
    },
    stop: () => bar.stop(),
  };
}

function plainProgress(stream: NodeJS.WriteStream): IngestProgress {
  let lastLineAt = 0;
  return {
    update(summary) {
      const now = performance.now();
      if (now - lastLineAt < PLAIN_LINE_INTERVAL_MS) return;
      lastLineAt = now;
      const rate = Math.round(summary.read / Math.max(summary.elapsedMs / 1000, 0.001));
      stream.write(`parallax ingest: ${summary.read} documents read, ${summary.stored} new, ${rate}/s\n`);
    },
    stop() {},
  };
}

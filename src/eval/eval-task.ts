/** Options every evaluation takes: the data folder, and optionally a split and a page limit. */
export interface EvalOptions {
  data: string;
  split?: string;
  /** Score only the first N items (quick looks while developing; gates never use it). */
  limit?: number;
}

/**
 * The result of one evaluation: named metrics (the numbers floors are pinned on) and the lines
 * a person reads (a table, with published reference numbers beside ours).
 */
export interface EvalReport {
  task: string;
  metrics: Record<string, number>;
  lines: string[];
}

/** An evaluation: `parallax eval <name> --data DIR`, metric exactly as ../shared/data/README.md. */
export interface EvalTask {
  name: string;
  description: string;
  run(options: EvalOptions): Promise<EvalReport>;
}

/** One scored decision: the similarity and the gold answer. */
export interface ScoredExample {
  score: number;
  positive: boolean;
}

export interface CrossValidation {
  accuracy: number;
  f1: number;
  /** The threshold chosen on each fold's training part. */
  thresholds: number[];
}

/**
 * k-fold cross-validation of a single threshold: for each fold, the threshold that maximizes
 * accuracy on the other folds decides the held-out fold; accuracy and F1 of the positive class
 * are pooled over all held-out decisions. Folds are by position modulo k (deterministic).
 */
export function crossValidateThreshold(examples: readonly ScoredExample[], folds: number): CrossValidation {
  let correct = 0;
  let truePositive = 0;
  let predictedPositive = 0;
  let goldPositive = 0;
  const thresholds: number[] = [];
  for (let fold = 0; fold < folds; fold += 1) {
    const training = examples.filter((_, index) => index % folds !== fold);
    const held = examples.filter((_, index) => index % folds === fold);
    const threshold = bestThreshold(training);
    thresholds.push(threshold);
    for (const example of held) {
      const predicted = example.score >= threshold;
      if (predicted === example.positive) correct += 1;
      if (predicted) predictedPositive += 1;
      if (example.positive) goldPositive += 1;
      if (predicted && example.positive) truePositive += 1;
    }
  }
  const precision = truePositive / Math.max(1, predictedPositive);
  const recall = truePositive / Math.max(1, goldPositive);
  return {
    accuracy: correct / Math.max(1, examples.length),
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    thresholds,
  };
}

/** The cut (midway between two adjacent scores) with the most right decisions. */
export function bestThreshold(examples: readonly ScoredExample[]): number {
  const sorted = [...examples].sort((a, b) => a.score - b.score);
  // Everything predicted positive: right on every positive.
  let correct = sorted.filter((example) => example.positive).length;
  let best = correct;
  let threshold = sorted.length > 0 ? sorted[0]!.score - 1e-9 : 0.5;
  for (let index = 0; index < sorted.length; index += 1) {
    correct += sorted[index]!.positive ? -1 : 1;
    const next = sorted[index + 1];
    if (next && next.score === sorted[index]!.score) continue;
    if (correct > best) {
      best = correct;
      threshold = next ? (sorted[index]!.score + next.score) / 2 : sorted[index]!.score + 1e-9;
    }
  }
  return threshold;
}

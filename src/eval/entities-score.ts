import type { TagSpan } from '../annotate/entities/tagset.js';

/** Counts of one entity type (or all): exact span-and-type matches, predictions, gold spans. */
export interface SpanCounts {
  correct: number;
  predicted: number;
  gold: number;
}

export interface SpanScore {
  precision: number;
  recall: number;
  f1: number;
}

/** conlleval's scores: an entity counts only when its span and its type both match exactly. */
export class EntityScorer {
  readonly byType = new Map<string, SpanCounts>();

  add(gold: readonly TagSpan[], predicted: readonly TagSpan[]): void {
    const goldKeys = new Set(gold.map(spanKey));
    for (const span of gold) this.counts(span.type).gold += 1;
    for (const span of predicted) {
      const counts = this.counts(span.type);
      counts.predicted += 1;
      if (goldKeys.has(spanKey(span))) counts.correct += 1;
    }
  }

  total(): SpanCounts {
    const total = { correct: 0, predicted: 0, gold: 0 };
    for (const counts of this.byType.values()) {
      total.correct += counts.correct;
      total.predicted += counts.predicted;
      total.gold += counts.gold;
    }
    return total;
  }

  private counts(type: string): SpanCounts {
    let counts = this.byType.get(type);
    if (!counts) {
      counts = { correct: 0, predicted: 0, gold: 0 };
      this.byType.set(type, counts);
    }
    return counts;
  }
}

export function scoreOf(counts: SpanCounts): SpanScore {
  const precision = counts.predicted > 0 ? counts.correct / counts.predicted : 0;
  const recall = counts.gold > 0 ? counts.correct / counts.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function spanKey(span: TagSpan): string {
  return `${span.start}:${span.end}:${span.type}`;
}

import type { Mention } from './span.js';

/** One summary sentence and the passages that support it. `support: some` flags a partial fact. */
export interface SummarySentence {
  text: string;
  citations: Mention[];
  support: 'all' | 'some';
}

export interface Summary {
  sentences: SummarySentence[];
}

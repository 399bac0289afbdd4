import type { Article } from '../model/index.js';
import { toExtractionRecord } from '../extract/extraction-record.js';

/**
 * The `parallax annotate` output: the extraction record, then every annotation (documented in
 * docs/annotation.schema.json). Tokens are left out: they are an internal layer, large, and
 * rebuilt on demand.
 */
export function toAnnotationRecord(article: Article) {
  return {
    ...toExtractionRecord(article),
    sentences: article.sentences ?? [],
    entities: article.entities ?? [],
    references: article.references ?? [],
    dates: article.dates ?? [],
    numbers: article.numbers ?? [],
    quotes: article.quotes ?? [],
    provenance: article.provenance ?? {},
  };
}

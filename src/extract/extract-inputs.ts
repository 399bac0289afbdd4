import type { ExtractedArticle } from '../model/index.js';
import { readInputs } from '../ingest/read-inputs.js';
import { extractArticle } from './extract-article.js';

/**
 * Reads every input (files, folders, `-`, URLs) and extracts each document, in input order.
 * A failing input still yields its article, with empty text and an error message.
 */
export async function* extractInputs(inputs: readonly string[]): AsyncGenerator<ExtractedArticle> {
  for await (const raw of readInputs(inputs)) yield extractArticle(raw);
}

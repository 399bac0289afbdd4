import type { MessageSeverity, RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';

/**
 * The document an input that could not be read still yields: empty text and one message, so the
 * output keeps one record per input, in input order.
 */
export function failedDocument(
  source: string,
  code: string,
  text: string,
  severity: MessageSeverity = 'error',
): RawDocument {
  return {
    source,
    format: 'text',
    body: '',
    hints: {},
    messages: [makeMessage(code, text, { source, severity, stage: 'ingest' })],
  };
}

/** "20 MB" / "512 KB" / "37 bytes": sizes in messages people read. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}

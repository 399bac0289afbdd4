import type { RawDocument } from '../model/index.js';
import type { Reader } from './reader.js';
import { decodeText } from './decode-text.js';
import { readTextHeader } from './text-header.js';

/**
 * Plain text, with an optional header block of known `key: value` lines or the compact
 * `date YYYY-MM-DD` prefix of scraped corpora. Last in READERS: it takes whatever is left.
 */
export const textReader: Reader = {
  name: 'text',
  detect: () => true,
  read(bytes, source, context): RawDocument[] {
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(context.contentType ?? '')?.[1] ?? null;
    const decoded = decodeText(bytes, [charset]);
    const header = readTextHeader(decoded.text);
    const hints = { ...header.hints };
    if (hints.url === undefined && context.url !== null) hints.url = context.url;
    const document: RawDocument = {
      source,
      format: 'text',
      body: header.body,
      hints,
      messages: [...decoded.messages, ...header.messages].map((message) => ({ ...message, source })),
    };
    if (context.capturedAt) document.capturedAt = context.capturedAt;
    return [document];
  },
};

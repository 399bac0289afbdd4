import type { RawDocument } from '../model/index.js';
import type { Reader } from './reader.js';
import { declaredFormat, extensionOf } from './reader.js';
import { decodeText } from './decode-text.js';
import { sniffText } from './sniff-bytes.js';

const HTML_EXTENSIONS = new Set(['html', 'htm', 'xhtml', 'shtml']);
/** Markup that only an HTML page opens with (after comments and an XML declaration). */
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b/i;
/**
 * The meta prescan of the HTML standard looks at 1024 bytes; pages with big inline styles or
 * scripts in their head declare later, so we look further.
 */
const META_CHARSET_BYTES = 32 * 1024;
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** HTML pages: charset from the byte-order mark, the HTTP header, the meta tag, then a guess. */
export const htmlReader: Reader = {
  name: 'html',
  detect(path, bytes, contentType) {
    const declared = declaredFormat(contentType);
    if (declared !== null) return declared === 'html';
    if (HTML_EXTENSIONS.has(extensionOf(path))) return true;
    return HTML_START.test(sniffText(bytes));
  },
  read(bytes, source, context): RawDocument[] {
    const httpCharset = /charset\s*=\s*"?([\w.:-]+)/i.exec(context.contentType ?? '')?.[1] ?? null;
    const metaCharset = findMetaCharset(bytes);
    const decoded = decodeText(bytes, [httpCharset, metaCharset]);
    const document: RawDocument = {
      source,
      format: 'html',
      body: decoded.text,
      hints: context.url !== null ? { url: context.url } : {},
      messages: decoded.messages.map((message) => ({ ...message, source })),
    };
    if (context.capturedAt) document.capturedAt = context.capturedAt;
    return [document];
  },
};

export function findMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, META_CHARSET_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.[1] ?? null;
}

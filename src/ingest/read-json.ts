import type { RawDocument } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import type { ReadContext, Reader } from './reader.js';
import { declaredFormat, extensionOf } from './reader.js';
import { decodeText } from './decode-text.js';
import { sniffText } from './sniff-bytes.js';
import { recordToDocument } from './json-record.js';
import { failedDocument } from './failed-document.js';

const JSONL_EXTENSIONS = new Set(['jsonl', 'ndjson', 'jsonlines']);

/**
 * JSON Lines: one record a line. Sources are `path#<line number>`; a broken line yields its own
 * document with an error message, and the other lines are read.
 */
export const jsonlReader: Reader = {
  name: 'jsonl',
  detect(path, bytes, contentType) {
    const declared = declaredFormat(contentType);
    if (declared !== null) return declared === 'jsonl';
    if (JSONL_EXTENSIONS.has(extensionOf(path))) return true;
    if (extensionOf(path) === 'json') return false;
    const lines = sniffText(bytes).trimStart().split('\n', 3).map((line) => line.trim());
    return lines.length >= 2 && /^\{.*\}$/.test(lines[0] ?? '') && (lines[1] === '' || (lines[1] ?? '').startsWith('{'));
  },
  read(bytes, source, context) {
    return readLines(bytes, source, context);
  },
};

function* readLines(bytes: Uint8Array, source: string, context: ReadContext): Generator<RawDocument> {
  const decoded = decodeText(bytes);
  const lines = decoded.text.split('\n');
  let first = true;
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const lineSource = `${source}#${index + 1}`;
    let document: RawDocument;
    try {
      document = recordToDocument(JSON.parse(line), lineSource, context, false);
    } catch (error) {
      document = failedDocument(lineSource, 'invalid-json-line', `Line ${index + 1} is not valid JSON (${(error as Error).message}).`);
    }
    if (first) document.messages.unshift(...decoded.messages.map((message) => ({ ...message, source: lineSource })));
    first = false;
    yield document;
  }
  if (first) yield failedDocument(source, 'empty-input', 'The JSON Lines input has no records.');
}

function firstLineIsRecord(text: string): boolean {
  const line = text.trimStart().split('\n', 1)[0] ?? '';
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * JSON: one record, or an array of records (sources `path#<1-based index>`).
 */
export const jsonReader: Reader = {
  name: 'json',
  detect(path, bytes, contentType) {
    const declared = declaredFormat(contentType);
    if (declared !== null) return declared === 'json';
    if (extensionOf(path) === 'json') return true;
    return /^\s*[[{]/.test(sniffText(bytes));
  },
  read(bytes, source, context): RawDocument[] {
    const decoded = decodeText(bytes);
    let value: unknown;
    try {
      value = JSON.parse(decoded.text);
    } catch (error) {
      // Files named .json often hold JSON Lines; read them as such when their first line parses alone.
      if (firstLineIsRecord(decoded.text)) return [...readLines(bytes, source, context)];
      return [failedDocument(source, 'invalid-json', `The input is not valid JSON (${(error as Error).message}).`)];
    }
    const documents = Array.isArray(value)
      ? value.map((record, index) => recordToDocument(record, `${source}#${index + 1}`, context, false))
      : [recordToDocument(value, source, context, true)];
    if (documents.length === 0) return [failedDocument(source, 'empty-input', 'The JSON array has no records.')];
    documents[0]?.messages.unshift(...decoded.messages.map((message) => makeMessage(message.code, message.text, { severity: message.severity, source })));
    return documents;
  },
};

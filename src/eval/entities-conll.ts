import { readFileSync } from 'node:fs';
import type { TagSpan } from '../annotate/entities/tagset.js';

/** A CoNLL-2003 sentence: its tokens and gold entity spans over token indices. */
export interface ConllSentence {
  words: string[];
  entities: TagSpan[];
}

/** A CoNLL-2003 document (between `-DOCSTART-` lines). */
export interface ConllDocument {
  sentences: ConllSentence[];
}

/**
 * Reads a CoNLL-2003 file (`word POS chunk tag` a line, IOB1 tags, blank line between
 * sentences, CRLF line ends). The first document of eng.train has no `-DOCSTART-`.
 */
export function readConll(path: string): ConllDocument[] {
  const documents: ConllDocument[] = [{ sentences: [] }];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length > 0) documents[documents.length - 1]!.sentences.push({ words, entities: spansOfIob1(tags) });
    words = [];
    tags = [];
  };
  for (const rawLine of readFileSync(path, 'utf8').split('\n')) {
    const line = rawLine.replace(/\r$/, '').trim();
    if (line === '') {
      flush();
    } else if (line.startsWith('-DOCSTART-')) {
      flush();
      if (documents[documents.length - 1]!.sentences.length > 0) documents.push({ sentences: [] });
    } else {
      const fields = line.split(/\s+/);
      words.push(fields[0]!);
      tags.push(fields[fields.length - 1]!);
    }
  }
  flush();
  return documents.filter((document) => document.sentences.length > 0);
}

/** Spans of IOB1 tags: `I-X` continues a span of type X, `B-X` starts a new one. */
export function spansOfIob1(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  tags.forEach((tag, index) => {
    if (tag === 'O') return;
    const type = tag.slice(2);
    const last = spans[spans.length - 1];
    if (tag.startsWith('I-') && last && last.end === index && last.type === type) last.end = index + 1;
    else spans.push({ start: index, end: index + 1, type });
  });
  return spans;
}

/** The text the held-back scorer builds: tokens joined by spaces, one sentence a line. */
export function documentText(document: ConllDocument): string {
  return document.sentences.map((sentence) => sentence.words.join(' ')).join('\n');
}

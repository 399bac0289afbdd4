import type { Writable } from 'node:stream';
import pc from 'picocolors';
import type { ExtractedArticle } from '../model/index.js';

export type OutputFormat = 'text' | 'json' | 'jsonl';

/** `text` on a terminal, `json` when piped: what a person or a program most likely wants. */
export function defaultFormat(stream: { isTTY?: boolean }): OutputFormat {
  return stream.isTTY ? 'text' : 'json';
}

/** Where extracted articles go: standard output, and later a store (`--db`). */
export interface ArticleSink {
  write(article: ExtractedArticle): void | Promise<void>;
  end(): void | Promise<void>;
}

/**
 * Streams records as `json` (one array, written as the records come, so memory stays flat) or
 * `jsonl` (one record a line).
 */
export class JsonRecordWriter {
  private count = 0;
  constructor(private readonly stream: Writable, private readonly format: 'json' | 'jsonl') {}

  write(record: unknown): void {
    const line = JSON.stringify(record);
    if (this.format === 'jsonl') {
      this.stream.write(`${line}\n`);
    } else {
      this.stream.write(`${this.count === 0 ? '[\n' : ',\n'}${line}`);
    }
    this.count += 1;
  }

  end(): void {
    if (this.format === 'json') this.stream.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

/** The sink that prints articles in the chosen format. */
export function outputSink(stream: Writable, format: OutputFormat): ArticleSink {
  if (format === 'text') return { write: (article) => void stream.write(renderArticleText(article)), end: () => undefined };
  const writer = new JsonRecordWriter(stream, format);
  return { write: (article) => writer.write(article), end: () => writer.end() };
}

/** A person's view of one article: the title, the metadata that is known, then the text. */
export function renderArticleText(article: ExtractedArticle): string {
  const field = (name: string, value: string | null | string[]): string => {
    const shown = Array.isArray(value) ? value.join('; ') : value;
    return shown ? `${pc.dim(name.padEnd(10))} ${shown}\n` : '';
  };
  return [
    pc.bold(article.title ?? '(untitled)') + '\n',
    field('source', article.source),
    field('url', article.url),
    field('outlet', article.outlet),
    field('published', article.publishedAt),
    field('authors', article.authors),
    field('dateline', article.dateline),
    field('language', article.language),
    field('captions', article.captions),
    field('credits', article.credits),
    '\n' + article.text + '\n\n',
  ].join('');
}

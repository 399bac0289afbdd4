import type { Writable } from 'node:stream';

export type OutputFormat = 'text' | 'json' | 'jsonl';

/** `text` on a terminal, `json` when piped: what a person or a program most likely wants. */
export function defaultFormat(stream: { isTTY?: boolean }): OutputFormat {
  return stream.isTTY ? 'text' : 'json';
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

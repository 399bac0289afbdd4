import { readFile } from 'node:fs/promises';
import type { Message } from '../../model/index.js';
import { makeMessage } from '../../model/index.js';
import { decodeFeedBytes } from '../feed-parse.js';
import { opmlReader, readOpmlFeeds } from '../opml-reader.js';

/**
 * The feed URLs `parallax watch` polls: URLs given as arguments, the feeds of OPML files, and the
 * http(s) lines of plain lists (one URL a line, `#` comments). Each URL once, in order.
 */
export async function resolveFeedList(inputs: readonly string[]): Promise<{ feeds: string[]; messages: Message[] }> {
  const feeds: string[] = [];
  const messages: Message[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      feeds.push(input);
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(input);
    } catch (error) {
      messages.push(makeMessage('input-unreadable', `Cannot read ${input} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, { source: input, stage: 'ingest' }));
      continue;
    }
    const text = decodeFeedBytes(bytes, null).text;
    if (opmlReader.detect(input, bytes, null)) {
      const opml = readOpmlFeeds(text, input);
      feeds.push(...opml.feeds.map((feed) => feed.url));
      messages.push(...opml.messages);
    } else {
      const urls = text.split(/\r?\n/).map((line) => line.replace(/#.*$/, '').trim()).filter((line) => /^https?:\/\/\S+$/i.test(line));
      if (urls.length === 0) messages.push(makeMessage('no-feeds', `${input} is neither OPML nor a list of feed URLs.`, { source: input, stage: 'ingest' }));
      feeds.push(...urls);
    }
  }
  return { feeds: feeds.filter((url, index) => feeds.indexOf(url) === index), messages };
}

/** "15m", "90s", "1h", "500ms", or a number of minutes → milliseconds; null when unreadable. */
export function parseInterval(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(text.trim());
  if (!match) return null;
  const unit = (match[2] ?? 'm').toLowerCase();
  const factor = unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000;
  return Number(match[1]) * factor;
}

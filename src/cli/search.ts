import type { Command } from 'commander';
import { Option } from 'commander';
import pc from 'picocolors';
import { wholeNumberOption } from './whole-number.js';
import { openStore } from '../store/open-store.js';
import { databaseOption, defaultDatabaseFile } from './db-option.js';
import { defaultFormat } from './output.js';

interface SearchOptions {
  db?: string;
  limit?: string;
  format?: 'text' | 'json';
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over stored titles and texts, best matches first (words are ANDed; "quoted words" are a phrase)')
    .argument('<query>', 'words to find')
    .addOption(databaseOption())
    .option('--limit <n>', 'how many results', '20')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']))
    .action(async (query: string, options: SearchOptions) => {
      const limit = wholeNumberOption('--limit', options.limit ?? '20', 1);
      const store = await openStore(options.db ?? defaultDatabaseFile());
      try {
        const hits = await store.search(query, { limit });
        const format = options.format ?? (defaultFormat(process.stdout) === 'text' ? 'text' : 'json');
        if (format === 'json') { process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`); return; }
        for (const hit of hits) {
          process.stdout.write(`${pc.bold(hit.title ?? '(untitled)')}  ${pc.dim(`${hit.outlet ?? '?'} · ${hit.publishedAt ?? 'undated'} · ${hit.articleId} · ${hit.score.toFixed(2)}`)}\n`);
          process.stdout.write(`  ${hit.snippet.replace(/\[([^\]]*)\]/g, (_, word: string) => pc.yellow(word))}\n`);
        }
        if (hits.length === 0) process.stderr.write('parallax: no matches\n');
      } finally {
        await store.close();
      }
    });
}

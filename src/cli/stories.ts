import type { Command } from 'commander';
import { Option } from 'commander';
import pc from 'picocolors';
import { listStoryRecords, type StoryRecord } from '../corpus/story-listing.js';
import { openStore } from '../store/open-store.js';
import { databaseOption, defaultDatabaseFile } from './db-option.js';
import { defaultFormat } from './output.js';

interface StoriesOptions {
  db?: string;
  format?: 'text' | 'json';
}

export function registerStories(program: Command): void {
  program
    .command('stories')
    .description('list the stories in a store, with their articles')
    .addOption(databaseOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']))
    .action(async (options: StoriesOptions) => {
      const store = await openStore(options.db ?? defaultDatabaseFile());
      try {
        const stories = await listStoryRecords(store);
        const format = options.format ?? (defaultFormat(process.stdout) === 'text' ? 'text' : 'json');
        process.stdout.write(format === 'json' ? `${JSON.stringify(stories, null, 2)}\n` : stories.map(renderStoryLine).join(''));
      } finally {
        await store.close();
      }
    });
}

/** One story as a header line and one indented line per article. */
export function renderStoryLine(story: StoryRecord): string {
  const dates = story.firstDate === story.lastDate ? story.firstDate ?? 'undated' : `${story.firstDate ?? '?'} – ${story.lastDate ?? '?'}`;
  const sources = `${story.independentSources} independent${story.copies > 0 ? ` + ${story.copies} copies` : ''}`;
  const lines = [`${pc.bold(story.title || '(untitled)')}  ${pc.dim(`${story.id} · ${dates} · ${sources}`)}\n`];
  for (const article of story.articles) {
    const copy = article.copyOf ? pc.yellow(` (${article.copyKind} of ${article.copyOf})`) : '';
    lines.push(`  ${pc.dim(article.publishedAt ?? '          ')}  ${article.outlet ?? '?'}: ${article.title ?? article.source}${copy}\n`);
  }
  return lines.join('');
}

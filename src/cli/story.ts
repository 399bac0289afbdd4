import type { Command } from 'commander';
import { Option } from 'commander';
import pc from 'picocolors';
import { describeStory } from '../corpus/story-listing.js';
import { ParallaxError } from '../model/index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { databaseOption, defaultDatabaseFile } from './db-option.js';
import { defaultFormat } from './output.js';
import { renderStoryLine } from './stories.js';

interface StoryOptions {
  db?: string;
  format?: 'text' | 'json';
}

export function registerStory(program: Command): void {
  program
    .command('story')
    .description('show one story: its articles, and what each copy changed')
    .argument('<id>', 'story id (from parallax stories)')
    .addOption(databaseOption())
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']))
    .action(async (id: string, options: StoryOptions) => {
      const store = openSqliteStore(options.db ?? defaultDatabaseFile());
      try {
        process.stdout.write(await renderStory(store, id, options.format ?? (defaultFormat(process.stdout) === 'text' ? 'text' : 'json')));
      } finally {
        await store.close();
      }
    });
}

async function renderStory(store: Store, id: string, format: 'text' | 'json'): Promise<string> {
  const story = await store.getStory(id);
  if (!story) throw new ParallaxError('PX010', `No story "${id}" in this store; list them with parallax stories.`);
  const record = await describeStory(store, story);
  const links = await Promise.all(record.articles.map((article) => store.getDuplicate(article.id)));
  if (format === 'json') return `${JSON.stringify({ ...record, copyLinks: links.filter((link) => link !== null) }, null, 2)}\n`;
  const lines = [renderStoryLine(record)];
  for (const link of links) {
    if (!link) continue;
    const changes = link.changes;
    lines.push(pc.dim(`  ${link.articleId} copies ${link.originalId}: ${link.kind}, containment ${link.containment}, Jaccard ${link.jaccard}`)
      + pc.dim(`${changes.titleChanged ? `; title "${changes.copyTitle}" for "${changes.originalTitle}"` : ''}`)
      + pc.dim(`${changes.ledeChanged ? '; new lede' : ''}; ${changes.paragraphsAdded.length} paragraphs added, ${changes.paragraphsRemoved.length} removed\n`));
  }
  return lines.join('');
}

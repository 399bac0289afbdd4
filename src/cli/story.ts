import type { Command } from 'commander';
import { Option } from 'commander';
import pc from 'picocolors';
import { describeStory } from '../corpus/story-listing.js';
import { ParallaxError } from '../model/index.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { databaseOption, defaultDatabaseFile } from './db-option.js';
import { defaultFormat } from './output.js';
import { renderStoryLine } from './stories.js';
import { compareStory } from '../corpus/compare-story.js';
import { renderText } from '../report/render-text.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { renderHtml } from '../report/render-html.js';

interface StoryOptions {
  db?: string;
  format?: 'text' | 'json' | 'md' | 'html';
  compare?: boolean;
}

export function registerStory(program: Command): void {
  program
    .command('story')
    .description('show one story: its articles, and what each copy changed')
    .argument('<id>', 'story id (from parallax stories)')
    .addOption(databaseOption())
    .option('--compare', 'compare the story\'s independent articles (quotations, facts, numbers…), as parallax compare does')
    .addOption(new Option('--format <format>', 'output format (md and html with --compare)').choices(['text', 'json', 'md', 'html']))
    .action(async (id: string, options: StoryOptions) => {
      const store = await openStore(options.db ?? defaultDatabaseFile());
      const format = options.format ?? (defaultFormat(process.stdout) === 'text' ? 'text' : 'json');
      try {
        if (options.compare) process.stdout.write(await renderComparison(store, id, format));
        else if (format === 'text' || format === 'json') process.stdout.write(await renderStory(store, id, format));
        else throw new ParallaxError('PX010', `--format ${format} needs --compare; the article list prints as text or json.`);
      } finally {
        await store.close();
      }
    });
}

async function renderComparison(store: Store, id: string, format: 'text' | 'json' | 'md' | 'html'): Promise<string> {
  const comparison = await compareStory(store, id);
  if (!comparison) throw new ParallaxError('PX010', `No story "${id}" in this store; list them with parallax stories.`);
  if (format === 'json') return `${JSON.stringify(comparison, null, 1)}\n`;
  if (format === 'md') return renderMarkdown(comparison);
  if (format === 'html') return renderHtml(comparison);
  return renderText(comparison, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
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

import type { Command } from 'commander';
import { Option } from 'commander';
import { reportProblems } from './report-problems.js';

type CompareFormat = 'text' | 'json' | 'md' | 'html';

interface CompareOptions {
  format?: CompareFormat;
  progress?: boolean;
}

// Past this many inputs, progress goes to standard error (a person is waiting).
const PROGRESS_FROM_ARTICLES = 10;

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description('compare how two or more articles cover one event: quotations, facts, numbers, people, timeline, a neutral summary')
    .argument('<inputs...>', 'files, folders (recursively), - for standard input, or http(s) URLs')
    .addOption(new Option('--format <format>', 'output format (text on a terminal)').choices(['text', 'json', 'md', 'html']))
    .option('--no-progress', 'no progress lines on standard error')
    .action(async (inputs: string[], options: CompareOptions) => {
      process.exitCode = await runCompare(inputs, options);
    });
}

async function runCompare(inputs: string[], options: CompareOptions): Promise<number> {
  // Loaded when the command runs, so other commands (and --help) do not pay for them.
  const [{ compareArticles }, { loadArticles }, { renderText }, { renderMarkdown }, { renderHtml }] = await Promise.all([
    import('../compare/compare-articles.js'),
    import('../compare/load-articles.js'),
    import('../report/render-text.js'),
    import('../report/render-markdown.js'),
    import('../report/render-html.js'),
  ]);
  const started = Date.now();
  let count = 0;
  const progress = (line: string): void => {
    if (options.progress !== false && count >= PROGRESS_FROM_ARTICLES) process.stderr.write(`parallax compare: ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  };
  let failed = false;
  const { articles, inferredDates } = await loadArticles(inputs, (article, index) => {
    count = index + 1;
    if (reportProblems(article.source, article.messages)) failed = true;
    if (count % 25 === 0) progress(`read ${count} articles`);
  }, (annotated) => {
    if (annotated % 25 === 0) progress(`annotated ${annotated} of ${count} articles`);
  });
  if (articles.length < 2) {
    process.stderr.write(`parallax compare: found ${articles.length} article${articles.length === 1 ? '' : 's'} with text; a comparison needs at least two (give two or more files, folders or URLs).\n`);
    return 2;
  }
  const comparison = compareArticles(articles, { inferredDates, onStep: (step) => progress(`aligning ${step}`) });
  const unrelated = comparison.messages.find((message) => message.code === 'unrelated-articles');
  if (unrelated) process.stderr.write(`parallax compare: ${unrelated.text}\n`);
  const format = options.format ?? (process.stdout.isTTY ? 'text' : 'json');
  progress('writing the report');
  if (format === 'json') process.stdout.write(`${JSON.stringify(comparison)}\n`);
  else if (format === 'md') process.stdout.write(renderMarkdown(comparison));
  else if (format === 'html') process.stdout.write(renderHtml(comparison));
  else process.stdout.write(renderText(comparison, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
  progress('done');
  return failed ? 1 : 0;
}

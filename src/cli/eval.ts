import type { Command } from 'commander';
import { Option } from 'commander';
import { EVAL_TASKS } from '../eval/tasks.js';
import { ParallaxError } from '../model/index.js';

interface EvalCommandOptions {
  data: string;
  split?: string;
  limit?: string;
  format?: 'text' | 'json';
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(`score a stage on public data: ${EVAL_TASKS.map((task) => task.name).join(', ')}`)
    .argument('<task>', 'what to evaluate')
    .requiredOption('--data <dir>', 'the data set folder (see ../shared/data/README.md)')
    .option('--split <split>', 'the split to score, where the set has several')
    .option('--limit <n>', 'score only the first n items')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (name: string, options: EvalCommandOptions) => {
      const task = EVAL_TASKS.find((candidate) => candidate.name === name);
      if (!task) {
        throw new ParallaxError('PX010', `Unknown evaluation "${name}"; choose one of: ${EVAL_TASKS.map((t) => t.name).join(', ')}.`);
      }
      const report = await task.run({
        data: options.data,
        ...(options.split !== undefined ? { split: options.split } : {}),
        ...(options.limit !== undefined ? { limit: Number(options.limit) } : {}),
      });
      if (options.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(`${report.lines.join('\n')}\n`);
    });
}

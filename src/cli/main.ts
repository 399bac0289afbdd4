import { Command, CommanderError } from 'commander';
import { isParallaxError } from '../model/index.js';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerCompare } from './compare.js';
import { registerAnnotate } from './annotate.js';
import { registerIngest } from './ingest.js';
import { registerStories } from './stories.js';
import { registerStory } from './story.js';
import { registerSearch } from './search.js';
import { registerWatch } from './watch.js';

/** Every command, in the order `parallax --help` lists them. One file per command. */
const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerExtract,
  registerAnnotate,
  registerIngest,
  registerWatch,
  registerStories,
  registerStory,
  registerSearch,
  registerEval,
  registerCompare,
];

// A closed pipe (`parallax … | head`) is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const program = new Command('parallax')
  .description('Read the news from many sides: compare how outlets cover one event, every finding cited.')
  .showHelpAfterError()
  .exitOverride();
for (const register of COMMANDS) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (isParallaxError(error)) {
    process.stderr.write(`parallax: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}

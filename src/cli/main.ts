import { Command, CommanderError } from 'commander';
import { isParallaxError } from '../model/index.js';
type Register = (program: Command) => void;

/**
 * Every command, in the order `parallax --help` lists them; one file per command. Each is
 * loaded only when it runs (or for the full help), so a command pays for its own dependencies
 * alone: start-up time is part of every comparison's wall time.
 */
const COMMANDS: ReadonlyArray<{ name: string; load: () => Promise<Register> }> = [
  { name: 'compare', load: async () => (await import('./compare.js')).registerCompare },
  { name: 'extract', load: async () => (await import('./extract.js')).registerExtract },
  { name: 'annotate', load: async () => (await import('./annotate.js')).registerAnnotate },
  { name: 'ingest', load: async () => (await import('./ingest.js')).registerIngest },
  { name: 'watch', load: async () => (await import('./watch.js')).registerWatch },
  { name: 'stories', load: async () => (await import('./stories.js')).registerStories },
  { name: 'story', load: async () => (await import('./story.js')).registerStory },
  { name: 'search', load: async () => (await import('./search.js')).registerSearch },
  { name: 'eval', load: async () => (await import('./eval.js')).registerEval },
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
// Colour only for a person at a terminal: picocolors also turns colour on whenever a CI variable
// is set, which would put escape codes into piped text output. Set before any command (and
// so picocolors) loads; FORCE_COLOR still wins.
if (!process.stdout.isTTY && process.env.FORCE_COLOR === undefined) process.env.NO_COLOR = '1';

const requested = COMMANDS.filter((command) => command.name === process.argv[2]);
for (const command of requested.length > 0 ? requested : COMMANDS) (await command.load())(program);

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

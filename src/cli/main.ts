import { Command, CommanderError } from 'commander';
import { isParallaxError } from '../model/index.js';
type Register = (program: Command) => void;

/**
 * Every command, in the order `parallax --help` lists them; one file per command. Each is
 * loaded only when it runs (or for its own help), so a command pays for its own dependencies
 * alone: start-up time is part of every comparison's wall time. The overall help lists the
 * summaries kept here, so it loads no command at all.
 */
const COMMANDS: ReadonlyArray<{ name: string; summary: string; load: () => Promise<Register> }> = [
  { name: 'compare', summary: 'compare how two or more articles cover one event, every finding cited', load: async () => (await import('./compare.js')).registerCompare },
  { name: 'extract', summary: 'turn news documents into clean articles with metadata', load: async () => (await import('./extract.js')).registerExtract },
  { name: 'annotate', summary: 'find sentences, entities, dates, numbers and quotations with their speakers', load: async () => (await import('./annotate.js')).registerAnnotate },
  { name: 'ingest', summary: 'read, deduplicate and group news documents into stories in a store', load: async () => (await import('./ingest.js')).registerIngest },
  { name: 'watch', summary: 'poll feeds politely on a schedule and ingest what is new', load: async () => (await import('./watch.js')).registerWatch },
  { name: 'stories', summary: 'list the stories in a store, with their articles', load: async () => (await import('./stories.js')).registerStories },
  { name: 'story', summary: 'show one story: its articles, and what each copy changed', load: async () => (await import('./story.js')).registerStory },
  { name: 'search', summary: 'full-text search over stored titles and texts', load: async () => (await import('./search.js')).registerSearch },
  { name: 'eval', summary: 'score a stage on public data', load: async () => (await import('./eval.js')).registerEval },
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

// `parallax help <command>` shows that command's own help, so that command is loaded too.
const named = process.argv[2] === 'help' ? process.argv[3] : process.argv[2];
const requested = COMMANDS.find((command) => command.name === named);
if (requested) {
  (await requested.load())(program);
} else {
  for (const { name, summary } of COMMANDS) program.command(name).summary(summary).allowUnknownOption().allowExcessArguments();
}

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

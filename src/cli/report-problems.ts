import type { Message } from '../model/index.js';

/**
 * Prints an input's error messages to standard error, one line each, naming the input
 * (no stack traces for problems of the input). Returns whether any was an error.
 */
export function reportProblems(source: string, messages: readonly Message[]): boolean {
  let failed = false;
  for (const message of messages) {
    if (message.severity !== 'error') continue;
    failed = true;
    process.stderr.write(`parallax: ${message.source ?? source}: ${message.text} [${message.code}]\n`);
  }
  return failed;
}

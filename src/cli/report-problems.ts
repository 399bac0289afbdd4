import type { Message } from '../model/index.js';

/**
 * Prints an input's problems to standard error, one line each, naming the input: errors, and
 * warnings (such as invalid UTF-8) so nothing is repaired silently; info messages stay in the
 * output only. No stack traces for problems of the input. Returns whether any was an error.
 */
export function reportProblems(source: string, messages: readonly Message[], stream: NodeJS.WritableStream = process.stderr): boolean {
  let failed = false;
  for (const message of messages) {
    if (message.severity === 'info') continue;
    if (message.severity === 'error') failed = true;
    const label = message.severity === 'warning' ? 'warning: ' : '';
    const text = message.text.replace(/\s*\n\s*/g, ' ');
    stream.write(`parallax: ${message.source ?? source}: ${label}${text} [${message.code}]\n`);
  }
  return failed;
}

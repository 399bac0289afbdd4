import type { Message, MessageSeverity } from './message.js';
import type { Span } from './span.js';

/** Builds a Message; keeps call sites short and every message shaped alike. */
export function makeMessage(
  code: string,
  text: string,
  options: { severity?: MessageSeverity; source?: string; span?: Span; stage?: string } = {},
): Message {
  const message: Message = { code, severity: options.severity ?? 'error', text };
  if (options.source !== undefined) message.source = options.source;
  if (options.span !== undefined) message.span = options.span;
  if (options.stage !== undefined) message.stage = options.stage;
  return message;
}

export function hasErrors(messages: readonly Message[]): boolean {
  return messages.some((message) => message.severity === 'error');
}

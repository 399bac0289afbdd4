import { diffWords } from 'diff';
import type { DiffPart } from '../model/index.js';

/**
 * The word diff from one quotation to another, on texts with curly apostrophes and closing
 * punctuation folded (a comma where the other outlet ended the sentence is not a change of words).
 */
export function quoteDiff(from: string, to: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(foldForDiff(from), foldForDiff(to), { ignoreCase: true })) {
    const op = change.added ? 'added' : change.removed ? 'removed' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return parts;
}

function foldForDiff(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').replace(/[\s,.;:!?—–-]+$/u, '').trim();
}

/** "our ~~two~~ countries", "two ~~primary~~ **foremost** nuclear powers": a diff as one line. */
export function formatDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((part) => (part.op === 'equal' ? part.text : part.op === 'removed' ? `~~${part.text.trim()}~~ ` : `**${part.text.trim()}** `))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

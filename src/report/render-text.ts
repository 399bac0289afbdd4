import pc from 'picocolors';
import type { Comparison } from '../model/index.js';
import { reportOutline, type ReportEntry } from './report-outline.js';

export interface TextOptions {
  /** Colour on a terminal; plain text when piped. */
  color: boolean;
  width?: number;
}

/** The terminal report: sections of wrapped entries, readable in 80 columns. */
export function renderText(comparison: Comparison, options: TextOptions): string {
  const colors = pc.createColors(options.color);
  const width = options.width ?? 80;
  const out: string[] = [];
  for (const section of reportOutline(comparison)) {
    out.push('', colors.bold(colors.underline(section.title)));
    if (section.entries.length === 0) out.push(colors.dim('  (none)'));
    for (const entry of section.entries) out.push(...renderEntry(entry, width, colors));
  }
  return `${out.join('\n').trimStart()}\n`;
}

function renderEntry(entry: ReportEntry, width: number, colors: ReturnType<typeof pc.createColors>): string[] {
  const marks = (line: string): string => line
    .replace(/~~(.+?)~~/g, (_, words: string) => colors.red(colors.strikethrough(`[-${words}-]`)))
    .replace(/\*\*(.+?)\*\*/g, (_, words: string) => colors.green(colors.bold(`{+${words}+}`)));
  // Marked words stay on one line (no-break spaces inside a mark) so each mark is coloured whole.
  const unbroken = entry.text.replace(/(~~|\*\*)(.+?)\1/g, (whole) => whole.replace(/ /g, '\u00A0'));
  const lines = wrap(unbroken, width - 4).map((line, index) => `${index === 0 ? '• ' : '  '}${marks(line)}`);
  for (const detail of entry.details ?? []) lines.push(...wrap(detail, width - 6).map((line, index) => colors.dim(`${index === 0 ? '    ' : '      '}${line}`)));
  return lines;
}

/** Greedy word wrap; a word longer than the width stays whole on its own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \n\t]+/).filter(Boolean)) {
    if (line.length > 0 && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line.length > 0 ? `${line} ${word}` : word;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

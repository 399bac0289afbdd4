import type { Comparison } from '../model/index.js';
import { reportOutline } from './report-outline.js';

/** The report as Markdown: one heading per section, entries as list items, quotes nested. */
export function renderMarkdown(comparison: Comparison): string {
  const out: string[] = ['# Comparison'];
  for (const section of reportOutline(comparison, 50)) {
    out.push('', `## ${escapeMarkdown(section.title)}`, '');
    if (section.entries.length === 0) out.push('_(none)_');
    for (const entry of section.entries) {
      out.push(`- ${entry.text.replace(/([<>[\]`|])/g, '\\$1')}`);
      for (const detail of entry.details ?? []) out.push(`  - ${escapeMarkdown(detail)}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_<>[\]|~])/g, '\\$1');
}

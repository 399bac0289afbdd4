import type { Comparison } from '../model/index.js';

export function renderHtml(comparison: Comparison): string {
  return `<!doctype html><meta charset="utf-8"><pre>${JSON.stringify(comparison.sources.length)}</pre>`;
}

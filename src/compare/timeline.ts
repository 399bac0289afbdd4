import type { Article, TimelineEntry } from '../model/index.js';

/**
 * Dated events of all articles merged by resolved date (dates stage values, day precision or
 * coarser as written), each citing the sentence-free date mentions; earliest first. Mentions
 * resolved against an inferred publication date are marked.
 */
export function buildTimeline(articles: readonly Article[], inferredDates: Readonly<Record<string, string>>): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry>();
  for (const article of articles) {
    const inferred = article.publishedAt === null && inferredDates[article.id] !== undefined;
    for (const date of article.dates ?? []) {
      if (!date.value) continue;
      const key = date.granularity === 'time' ? date.value.slice(0, 10) : date.value;
      let entry = byDate.get(key);
      if (!entry) {
        entry = { date: key, mentions: [], inferred: false };
        byDate.set(key, entry);
      }
      entry.mentions.push({ articleId: article.id, span: { start: date.start, end: date.end } });
      if (inferred && date.relative) entry.inferred = true;
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

import type { Article, TimelineEntry } from '../model/index.js';
import { articleSentences } from '../align/claim-units.js';

/**
 * Dated events of all articles merged by resolved date (dates stage values, day precision or
 * coarser as written), each citing the date expressions and the sentences that hold them;
 * earliest first. Entries resolved against an inferred publication date are marked.
 */
export function buildTimeline(articles: readonly Article[], inferredDates: Readonly<Record<string, string>>): TimelineEntry[] {
  const byDate = new Map<string, TimelineEntry>();
  for (const article of articles) {
    const inferred = article.publishedAt === null && inferredDates[article.id] !== undefined;
    const sentences = article.dates && article.dates.length > 0 ? articleSentences(article) : [];
    for (const date of article.dates ?? []) {
      if (!date.value) continue;
      const key = date.granularity === 'time' ? date.value.slice(0, 10) : date.value;
      let entry = byDate.get(key);
      if (!entry) {
        entry = { date: key, mentions: [], passages: [], inferred: false };
        byDate.set(key, entry);
      }
      entry.mentions.push({ articleId: article.id, span: { start: date.start, end: date.end } });
      const sentence = sentences.find((candidate) => candidate.start <= date.start && date.end <= candidate.end);
      const passage = sentence ?? date;
      if (!entry.passages.some((known) => known.articleId === article.id && known.span.start === passage.start)) {
        entry.passages.push({ articleId: article.id, span: { start: passage.start, end: passage.end } });
      }
      if (inferred && date.relative) entry.inferred = true;
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

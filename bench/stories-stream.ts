/**
 * Writes a story-clustering set as JSON Lines in its stream order — {id, gold, title, publishedAt,
 * text} with the text as Parallax's extraction leaves it — so a peer system reads exactly the
 * texts Parallax clusters. Usage: node --import tsx bench/stories-stream.ts DATA_DIR > stream.jsonl
 */
import { extractArticle } from '../src/extract/extract-article.js';
import { detectStorySet, readBasil, readEcbPlus } from '../src/eval/stories-data.js';

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('usage: stories-stream.ts DATA_DIR (stories/ecbplus or stories/basil)\n');
  process.exit(2);
}
const documents = detectStorySet(dataDir) === 'basil' ? readBasil(dataDir) : readEcbPlus(dataDir);
for (const document of documents) {
  const article = extractArticle({
    source: document.id, format: 'text', body: document.text, messages: [],
    hints: { id: document.id, ...(document.title ? { title: document.title } : {}), ...(document.publishedAt ? { publishedAt: document.publishedAt } : {}) },
  });
  process.stdout.write(`${JSON.stringify({ id: document.id, gold: document.gold, title: article.title, publishedAt: article.publishedAt, text: article.text })}\n`);
}

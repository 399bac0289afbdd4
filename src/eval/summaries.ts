import type { Article } from '../model/index.js';
import { articleSentences } from '../align/claim-units.js';
import { contentTerms } from '../align/lexical.js';
import { compareArticles } from '../compare/compare-articles.js';
import { textArticle } from '../compare/text-article.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';
import { lexRank } from '../summarize/lexrank.js';
import type { EvalTask } from './eval-task.js';
import { cutWords, rougeL, rougeN, rougeTokens } from './rouge.js';
import { readRoundups } from './summaries-data.js';

// The AllSides metric (../shared/data/README.md): summaries cut to 60 words (the references'
// median is 55), lowercased `\w+` tokens, every token Porter-stemmed.
const MAX_WORDS = 60;
const TOKENS = { stemLongerThan: 0 };
const SYSTEMS = ['parallax', 'lead', 'lexrank'] as const;

/**
 * `parallax eval summaries`: ROUGE-1/2/L F1 of the neutral summary of each line's three articles
 * against the AllSides roundup, beside a lead baseline and LexRank on the same lines, same run.
 */
export const summariesEval: EvalTask = {
  name: 'summaries',
  description: 'neutral summary of three outlets vs the AllSides roundup (ROUGE F1, with lead and LexRank)',
  async run(options) {
    const split = options.split ?? 'val';
    const lines = readRoundups(options.data, split, options.limit);
    const totals = Object.fromEntries(SYSTEMS.map((system) => [system, { r1: 0, r2: 0, rl: 0 }]));
    for (const [lineIndex, line] of lines.entries()) {
      const articles = line.articles.map((article, index) => annotateArticle(textArticle(`l${lineIndex}a${index}`, article.text, { title: article.title })));
      const reference = rougeTokens(line.reference, TOKENS);
      const outputs: Record<(typeof SYSTEMS)[number], string> = {
        parallax: parallaxSummary(articles),
        lead: articles[0]?.text ?? '',
        lexrank: lexRankSummary(articles),
      };
      for (const system of SYSTEMS) {
        const summary = rougeTokens(cutWords(outputs[system], MAX_WORDS), TOKENS);
        totals[system]!.r1 += rougeN(summary, [reference], 1).f1;
        totals[system]!.r2 += rougeN(summary, [reference], 2).f1;
        totals[system]!.rl += rougeL(summary, reference).f1;
      }
    }
    const mean = (system: string, metric: 'r1' | 'r2' | 'rl'): number => totals[system]![metric] / Math.max(1, lines.length);
    const metrics: Record<string, number> = {};
    const table = ['system      ROUGE-1  ROUGE-2  ROUGE-L (F1, ×100)'];
    for (const system of SYSTEMS) {
      const prefix = system === 'parallax' ? '' : system;
      metrics[prefix ? `${prefix}Rouge1` : 'rouge1'] = mean(system, 'r1');
      metrics[prefix ? `${prefix}Rouge2` : 'rouge2'] = mean(system, 'r2');
      metrics[prefix ? `${prefix}RougeL` : 'rougeL'] = mean(system, 'rl');
      table.push(`${system.padEnd(10)} ${[mean(system, 'r1'), mean(system, 'r2'), mean(system, 'rl')].map((value) => (100 * value).toFixed(2).padStart(8)).join(' ')}`);
    }
    metrics.rouge2MinusLead = mean('parallax', 'r2') - mean('lead', 'r2');
    metrics.rouge2MinusLexRank = mean('parallax', 'r2') - mean('lexrank', 'r2');
    return { task: 'summaries', metrics, lines: [`AllSides ${split}, ${lines.length} lines, summaries cut to ${MAX_WORDS} words`, ...table] };
  },
};

function parallaxSummary(articles: readonly Article[]): string {
  return compareArticles(articles, { summary: { maxWords: MAX_WORDS } }).summary.sentences.map((sentence) => sentence.text).join(' ');
}

/** LexRank over every sentence of the three articles, most central first, until 60 words. */
function lexRankSummary(articles: readonly Article[]): string {
  const sentences = articles.flatMap((article) => articleSentences(article).map((sentence) => ({ article, sentence })));
  const ranked = lexRank(sentences.map(({ article, sentence }) => contentTerms(article.text, sentence.start, sentence.end, article.tokens).map((term) => term.key)));
  const chosen: string[] = [];
  let words = 0;
  for (const index of ranked) {
    if (words >= MAX_WORDS) break;
    const { article, sentence } = sentences[index]!;
    const text = article.text.slice(sentence.start, sentence.end);
    chosen.push(text);
    words += text.split(/\s+/).length;
  }
  return chosen.join(' ');
}

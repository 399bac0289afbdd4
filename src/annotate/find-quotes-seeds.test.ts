import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../model/index.js';
import { annotateArticle } from '../pipeline/default-pipeline.js';
import { goldenQuotes, type GoldenQuote } from './quotes/golden-quotes.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'quotes', 'seeds');
/** Set to rewrite the golden files after a reviewed change: UPDATE_GOLDEN=1 node --import tsx --test … */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

interface SeedCase {
  name: string;
  source: string;
}

const CASES: SeedCase[] = [
  { name: 'washington', source: 'examples/us-russia-talks/000_31e83bfda83a67f2.txt' },
  { name: 'moscow', source: 'examples/us-russia-talks/003_e0283830494e89d8.txt' },
];

const annotated = new Map<string, Article>();

function annotate(source: string): Article {
  const known = annotated.get(source);
  if (known) return known;
  const text = readFileSync(join(ROOT, source), 'utf8');
  const article = annotateArticle({
    id: source, source, url: null, outlet: null, title: null, authors: [], publishedAt: '2017-04-13',
    language: 'en', dateline: null, captions: [], credits: [], text, messages: [],
  });
  annotated.set(source, article);
  return article;
}

for (const seed of CASES) {
  test(`every quotation of the ${seed.name} seed is found with its speaker, as the golden file says`, () => {
    const actual = goldenQuotes(annotate(seed.source));
    const path = join(FIXTURES, seed.name, 'expected.json');
    if (UPDATE) writeFileSync(path, `${JSON.stringify({ source: seed.source, quotes: actual }, null, 2)}\n`);
    const expected = JSON.parse(readFileSync(path, 'utf8')) as { quotes: GoldenQuote[] };
    assert.deepEqual(actual, expected.quotes);
  });
}

test('the book title in the Moscow seed is not a quotation and the nested single quote belongs to Putin', () => {
  const quotes = goldenQuotes(annotate(CASES[1]!.source));
  assert.ok(!quotes.some((quote) => quote.content.includes('12 Chairs')));
  const boring = quotes.find((quote) => quote.content.includes('It’s boring, ladies.'));
  assert.match(boring?.speakerName ?? '', /Putin/);
});

test('the Moscow seed quotation closed by two apostrophes is Zakharova’s', () => {
  const quotes = goldenQuotes(annotate(CASES[1]!.source));
  const closing = quotes.find((quote) => quote.content.startsWith('Nobody understands'));
  assert.ok(closing?.content.endsWith('banal thing.'));
  assert.match(closing?.speakerName ?? '', /Zakharova/);
});

/** Written by hand from the two seeds: each quoted fragment and the surname of who said it. */
const FRAGMENTS: [string, number, string][] = [
  ['low point', 0, 'Tillerson'], ['animal', 0, 'Trump'], ['back in force', 0, 'Lavrov'],
  ['a pragmatic conversation about the irritants', 0, 'Lavrov'], ['certainly possible', 0, 'Trump'],
  ['probably unlikely', 0, 'Trump'], ['real intentions', 0, 'Lavrov'], ['No agreements were reached', 0, 'Hammond'],
  ['Are we going to get involved', 0, 'Trump'], ['I see them using gas', 0, 'Trump'],
  ['regime change', 1, 'Lavrov'], ['useless', 1, 'Zakharova'], ['ultimatums', 1, 'Zakharova'],
  ['media hysteria', 1, 'Lavrov'], ['the irritants', 1, 'Lavrov'], ['The exact same thing', 1, 'Putin'],
];

test('every quoted fragment of the seeds has the speaker a reader would name', () => {
  const quotes = CASES.map((seed) => goldenQuotes(annotate(seed.source)));
  for (const [fragment, seed, surname] of FRAGMENTS) {
    const quote = quotes[seed]!.find((candidate) => candidate.content.startsWith(fragment));
    assert.ok(quote, `no quotation starting "${fragment}"`);
    assert.match(quote.speakerName ?? '', new RegExp(surname), `"${fragment}" is attributed to ${quote.speakerName}`);
  }
});

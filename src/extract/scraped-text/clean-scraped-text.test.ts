import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanScrapedText } from './clean-scraped-text.js';

const PAGE = [
  'Skip to content | Menu | Search',
  '',
  'Ministers fail to agree on grain deal',
  '',
  'By Ann Lee and Bo Chen',
  '',
  'Share on Facebook Share on Twitter Email',
  '',
  'The ministers shook hands before the talks in Geneva on Tuesday.',
  'The ministers shook hands before the talks in Geneva on Tuesday.JANE ROE/EUROPEAN PRESS AGENCY',
  '',
  'GENEVA (AP) — Ministers from four countries failed on Tuesday to agree on a grain corridor.',
  '',
  'Advertisement',
  '',
  '“We will meet again,” the host said. Talks lasted six hours.',
  '',
  'Sign up for our daily newsletter to get the news in your inbox.',
  '',
  'Farmers say prices have doubled since spring.',
  '',
  'Cy Doe contributed reporting from Kyiv.',
  '',
  '© 2024 Example News. All rights reserved.',
].join('\n');

test('a scraped page keeps only the story between its chrome', () => {
  const result = cleanScrapedText(PAGE);
  assert.equal(
    result.text.replace(/\n+/g, '\n'),
    'GENEVA (AP) — Ministers from four countries failed on Tuesday to agree on a grain corridor.\n“We will meet again,” the host said. Talks lasted six hours.\nFarmers say prices have doubled since spring.',
  );
});

test('headline, byline, caption, photo credit and contributor line move to metadata', () => {
  const result = cleanScrapedText(PAGE);
  assert.equal(result.title, 'Ministers fail to agree on grain deal');
  assert.deepEqual(result.authors, ['Ann Lee', 'Bo Chen']);
  assert.deepEqual(result.captions, ['The ministers shook hands before the talks in Geneva on Tuesday.']);
  assert.deepEqual(result.credits, ['JANE ROE/EUROPEAN PRESS AGENCY', 'Cy Doe contributed reporting from Kyiv.']);
});

test('the compact date prefix gives the publication date', () => {
  const result = cleanScrapedText(' date 2020-02-29 PARIS — Body text here.');
  assert.equal(result.publishedAt, '2020-02-29');
  assert.equal(result.text, 'PARIS — Body text here.');
});

test('a timestamp line under the headline gives the date and leaves the body', () => {
  const result = cleanScrapedText('Storm hits the coast\n\nPublished November 19, 2019\n\nUpdated: November 20, 2019\n\nThe storm made landfall at dawn.');
  assert.equal(result.title, 'Storm hits the coast');
  assert.equal(result.publishedAt, '2019-11-19');
  assert.equal(result.text, 'The storm made landfall at dawn.');
});

test('a date line under the article leaves the body but is not taken for the publication date', () => {
  const story = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'Seven.'].join('\n\n');
  const result = cleanScrapedText(`${story}\n\nFriday, December 4, 2015.`);
  assert.equal(result.text, story);
  assert.equal(result.publishedAt, null);
});

test('a first line that ends a sentence is body, not headline', () => {
  const result = cleanScrapedText('The talks ended without agreement.\n\nBoth sides blamed the other.');
  assert.equal(result.title, null);
  assert.match(result.text, /^The talks ended/);
});

test('a Title Case first line is a headline even with a final period; a sentence full of names is not', () => {
  assert.equal(cleanScrapedText('Senate Leaders Reach Deal on Spending Bill.\n\nThe deal came late.').title, 'Senate Leaders Reach Deal on Spending Bill.');
  assert.equal(cleanScrapedText('Rex Tillerson met Vladimir Putin in Moscow on Wednesday.\n\nThey talked.').title, null);
});

test('a known title is recognized as the headline even with final punctuation', () => {
  const result = cleanScrapedText('Talks end. Again.\n\nBody follows here.', { title: 'Talks end. Again.' });
  assert.equal(result.title, 'Talks end. Again.');
  assert.equal(result.text.trim(), 'Body follows here.');
});

test('a caption with a credit in parentheses and a labelled credit line are both found', () => {
  const result = cleanScrapedText([
    'LONDON — The story begins here with a long first sentence.',
    '',
    'Protesters gather outside parliament. (AP Photo/Kirsty Wigglesworth)',
    '',
    'Smoke rises over the port.',
    'Photo: Jon Roe/Reuters',
    '',
    'The story goes on.',
  ].join('\n'));
  assert.deepEqual(result.captions, ['Protesters gather outside parliament.', 'Smoke rises over the port.']);
  assert.deepEqual(result.credits, ['AP Photo/Kirsty Wigglesworth', 'Jon Roe/Reuters']);
  assert.equal(result.text.replace(/\n+/g, ' '), 'LONDON — The story begins here with a long first sentence. The story goes on.');
});

test('a caption repeated after a blank line with its credit glued on is found', () => {
  const result = cleanScrapedText('Firefighters battle the blaze near the harbor on Sunday.\n\nFirefighters battle the blaze near the harbor on Sunday.ANA LIMA/REUTERS\n\nLISBON — A fire broke out at dawn.');
  assert.deepEqual(result.captions, ['Firefighters battle the blaze near the harbor on Sunday.']);
  assert.deepEqual(result.credits, ['ANA LIMA/REUTERS']);
  assert.equal(result.text, 'LISBON — A fire broke out at dawn.');
});

test('a paragraph printed twice after a blank line is not taken for a caption', () => {
  const text = 'The talks ended without agreement on Tuesday.\n\nThe talks ended without agreement on Tuesday.\n\nBoth sides left.';
  assert.deepEqual(cleanScrapedText(text).captions, []);
});

test('a contributor line inside the story is left alone', () => {
  const text = 'Start of the story.\n\nJane Roe contributed reporting.\n\nThe story goes on after it.';
  assert.deepEqual(cleanScrapedText(text).credits, []);
});

test('Reuters sign-offs in parentheses are credits', () => {
  const result = cleanScrapedText('Body of the story.\n\n(Reporting by Jane Roe; Editing by Jon Doe)');
  assert.deepEqual(result.credits, ['(Reporting by Jane Roe; Editing by Jon Doe)']);
  assert.equal(result.text.trim(), 'Body of the story.');
});

test('cleanup only removes whole lines and never throws, whatever the text', async () => {
  const { default: fc } = await import('fast-check');
  const pieces = ['MOSCOW — ', 'Skip to main content', 'Advertisement', 'By Ann Lee', 'JOHN DOE/AP', 'Photo: X/Reuters', ' contributed.', '“', '.', '\n', '\n\n', 'Word', ' ', '©', 'date 2017-04-13 '];
  const line = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 12 }).map((parts) => parts.join(''));
  fc.assert(fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
    const text = lines.join('\n');
    const result = cleanScrapedText(text);
    const inputLines = new Set(text.split('\n').flatMap((each) => [each, each.trim()]));
    for (const kept of result.text.split('\n')) {
      if (kept.trim() === '') continue;
      assert.ok([...inputLines].some((input) => input.includes(kept.trim())), `kept line not from the input: ${kept}`);
    }
  }), { numRuns: 300 });
});

// A generous bound: it catches quadratic behaviour (minutes), not a busy machine (a few seconds).
test('a 2 MB scraped text is cleaned in seconds, not minutes', () => {
  const paragraph = 'MOSCOW — Secretary of State Rex Tillerson met with President Vladimir Putin for nearly two hours.\n\n';
  const text = `Skip to main content\n\nHeadline here\n\n${paragraph.repeat(Math.ceil(2e6 / paragraph.length))}`;
  const started = performance.now();
  cleanScrapedText(text);
  assert.ok(performance.now() - started < 10_000);
});

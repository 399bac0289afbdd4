import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isChromeLine, stripLeadingChrome } from './chrome-lines.js';

const CHROME = [
  'fb-pixel Skip to main content',
  'Skip to content',
  'Menu | Search | Subscribe',
  'Sign In Register',
  'ADVERTISEMENT',
  'Advertisement · Story continues below advertisement',
  'Share this article',
  'Share | Tweet | Email | Print',
  'Facebook Twitter WhatsApp Copy link',
  'Read more: Senate passes the spending bill after a long night',
  'READ MORE »',
  'Sign up for our morning newsletter and get the news in your inbox.',
  'Subscribe now for unlimited access',
  'We use cookies to give you the best experience. By continuing you accept our cookie policy.',
  'Listen to this article',
  '5 min read',
  'Most Popular',
  '© 2024 Example Media Group. All rights reserved.',
  'Continue reading the main story',
  'CLICK HERE TO GET THE NEWS APP',
  'News | Sports | Business | Real Estate | Jobs',
  'Image caption',
  '___',
  'Related Topics',
  'Follow the Example Times on Facebook, Twitter and Instagram.',
  'Related: Heavy rain floods the city centre',
  'jane.roe@example.com',
  'https://cdn.example.com/images/harbor-1200x630.jpg',
  'Storm floods the coast as rivers burst their banks [PICTURES]',
];

const PROSE = [
  'The senator said she would share the documents with the committee on Friday.',
  'Read the statement, he told reporters, and you will see what we mean.',
  'MOSCOW — Secretary of State Rex Tillerson met with President Vladimir Putin.',
  'http://example.com/a-list-item-of-a-link-roundup',
  'Business leaders met in Davos on Tuesday.',
  'Advertising revenue fell 12 percent in the quarter, the company said in a filing that also warned investors about cookies and tracking rules in Europe and what they would mean for the business model.',
];

test('site chrome lines are recognized', () => {
  for (const line of CHROME) assert.equal(isChromeLine(line), true, line);
});

test('article sentences that mention chrome words are kept', () => {
  for (const line of PROSE) assert.equal(isChromeLine(line), false, line);
});

test('chrome glued to the start of the first line is cut off', () => {
  assert.equal(stripLeadingChrome('fb-pixel Skip to main content WASHINGTON — Text'), 'WASHINGTON — Text');
  assert.equal(stripLeadingChrome('WASHINGTON — Text'), 'WASHINGTON — Text');
});

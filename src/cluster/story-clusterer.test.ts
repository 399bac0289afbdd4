import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createStoryClusterer, snapshotFromParts } from './index.js';
import type { ClusterInput } from './index.js';

const quakeChile: ClusterInput[] = [
  { id: 'a1', title: 'Magnitude 8.8 earthquake strikes Chile', publishedAt: '2010-02-27', outlet: 'A',
    text: 'A magnitude 8.8 earthquake struck central Chile near Concepcion on Saturday, killing at least 300 people. President Michelle Bachelet declared a state of catastrophe in Maule and Biobio.' },
  { id: 'a2', title: 'Chile quake toll rises as Concepcion digs out', publishedAt: '2010-02-28', outlet: 'B',
    text: 'Rescuers in Concepcion searched collapsed buildings after the 8.8 earthquake. Michelle Bachelet said the death toll in Chile had passed 700 as aftershocks shook Maule.' },
];
const quakeHaiti: ClusterInput[] = [
  { id: 'b1', title: 'Magnitude 7.0 earthquake devastates Haiti', publishedAt: '2010-01-12', outlet: 'A',
    text: 'A magnitude 7.0 earthquake struck Haiti near Port-au-Prince on Tuesday, killing thousands of people. President Rene Preval said the National Palace collapsed in Port-au-Prince.' },
  { id: 'b2', title: 'Haiti quake survivors wait for aid in Port-au-Prince', publishedAt: '2010-01-13', outlet: 'B',
    text: 'Survivors of the earthquake in Port-au-Prince waited for aid as Rene Preval appealed for help. Haiti buried its dead after the 7.0 earthquake flattened Leogane.' },
];

test('two earthquakes with different places and names become two stories', () => {
  const clusterer = createStoryClusterer();
  for (const input of [quakeHaiti[0]!, quakeHaiti[1]!, quakeChile[0]!, quakeChile[1]!]) clusterer.add(input);
  const groups = clusterer.stories().map((story) => story.articleIds.sort().join(' '));
  assert.deepEqual(groups, ['b1 b2', 'a1 a2']);
});

test('a story records its dates and outlets and takes a member headline as its title', () => {
  const clusterer = createStoryClusterer();
  for (const input of quakeChile) clusterer.add(input);
  const [story] = clusterer.stories();
  assert.equal(story?.firstDate, '2010-02-27');
  assert.equal(story?.lastDate, '2010-02-28');
  assert.deepEqual(story?.outlets, ['A', 'B']);
  assert.ok(quakeChile.some((input) => input.title === story?.title));
});

test('a restored snapshot continues exactly as the original clusterer', () => {
  const original = createStoryClusterer();
  original.add(quakeHaiti[0]!);
  original.add(quakeChile[0]!);
  const restored = createStoryClusterer({}, JSON.parse(JSON.stringify(original.snapshot())));
  const next = [quakeHaiti[1]!, quakeChile[1]!];
  assert.deepEqual(next.map((input) => restored.add(input)), next.map((input) => original.add(input)));
  assert.deepEqual(restored.stories(), original.stories());
});

test('the same inputs in the same order give the same story ids', () => {
  const run = () => {
    const clusterer = createStoryClusterer();
    return [...quakeHaiti, ...quakeChile].map((input) => clusterer.add(input).storyId);
  };
  assert.deepEqual(run(), run());
});

test('a story idle for the retirement window keeps its members and title but takes no new article', () => {
  const clusterer = createStoryClusterer({ retireAfterArticles: 2 });
  clusterer.add(quakeChile[0]!);
  clusterer.add(quakeHaiti[0]!);
  clusterer.add(quakeHaiti[1]!);
  const late = clusterer.add({ ...quakeChile[1]!, publishedAt: '2010-02-27' });
  assert.equal(late.created, true);
  const [chile] = clusterer.stories();
  assert.deepEqual(chile?.articleIds, ['a1']);
  assert.equal(chile?.title, quakeChile[0]!.title);
});

test('a follow-up weeks later joins its old story when its names and words match strongly', () => {
  const clusterer = createStoryClusterer();
  for (const input of [...quakeChile, ...quakeHaiti]) clusterer.add(input);
  const followUp = clusterer.add({
    id: 'a3', title: 'Chile quake: Concepcion rebuilds a month after the 8.8 earthquake', publishedAt: '2010-03-27', outlet: 'C',
    text: 'A month after the magnitude 8.8 earthquake, Concepcion is rebuilding. Michelle Bachelet visited Maule and Biobio, where the death toll passed 700 and aftershocks still shake Chile.',
  });
  assert.equal(followUp.created, false);
  assert.deepEqual(clusterer.stories().find((story) => story.id === followUp.storyId)?.articleIds, ['a1', 'a2', 'a3']);
});

test('past the cap on live stories, the least recently grown retires first', () => {
  const clusterer = createStoryClusterer({ maxLiveStories: 1 });
  clusterer.add(quakeHaiti[0]!);
  const chile = clusterer.add(quakeChile[0]!);
  assert.deepEqual(chile.retired.map((story) => story.id), [clusterer.stories()[0]!.id]);
  const lateHaiti = clusterer.add(quakeHaiti[1]!);
  assert.equal(lateHaiti.created, true);
  assert.equal(clusterer.add(quakeChile[1]!).created, true);
});

test('a story idle for the day window retires, while its article window is far from reached', () => {
  const clusterer = createStoryClusterer({ retireAfterDays: 5 });
  clusterer.add(quakeHaiti[0]!);
  const chile = clusterer.add(quakeChile[0]!);
  assert.equal(chile.retired.length, 1);
  assert.equal(chile.retired[0]!.title, quakeHaiti[0]!.title);
});

test('a forgetful clusterer reports what retires and lists only live stories', () => {
  const clusterer = createStoryClusterer({ maxLiveStories: 1, forgetRetired: true });
  const haiti = clusterer.add(quakeHaiti[0]!);
  const chile = clusterer.add(quakeChile[0]!);
  assert.deepEqual(chile.retired, [{ id: haiti.storyId, title: quakeHaiti[0]!.title }]);
  assert.deepEqual(clusterer.stories().map((story) => story.id), [chile.storyId]);
});

/**
 * Short articles over a small vocabulary, all sharing one word: every story is listed under it,
 * so that list outgrows its cut and stories retire by the cap, the states a snapshot must carry.
 */
function syntheticStream(count: number): ClusterInput[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  // Letters only (digits split words): 'quaaa', 'quaab', …
  const vocabulary = Array.from({ length: 5000 }, (_, at) => `qu${[...at.toString(26).padStart(3, '0')].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('')}`);
  return Array.from({ length: count }, (_, at) => {
    const words = Array.from({ length: 6 }, () => vocabulary[Math.floor(next() * vocabulary.length)]!);
    const day = String(1 + Math.floor(at / 60)).padStart(2, '0');
    return { id: `s${at}`, title: `Harbor ${words.slice(0, 3).join(' ')}`, publishedAt: `2011-03-${day}`, outlet: `O${at % 5}`, text: `Harbor. ${words.join(' ')}. ${words.slice(0, 3).join(' ')} harbor.` };
  });
}

test('a forgetful clusterer restored from its snapshot continues exactly, long candidate lists and retirements included', () => {
  const stream = syntheticStream(900);
  const options = { maxLiveStories: 300, forgetRetired: true };
  const original = createStoryClusterer(options);
  for (const input of stream.slice(0, 500)) original.add(input);
  const saved = JSON.parse(JSON.stringify(original.snapshot()));
  assert.deepEqual(snapshotFromParts([...original.snapshotParts()]), saved, 'the state saved in parts is the same');
  assert.ok(saved.postings.some(([, orders]: [string, number[]]) => orders.length > 100), 'a candidate list grew past its cut');
  assert.ok(saved.storyCount > saved.stories.length, 'stories were forgotten');
  const restored = createStoryClusterer(options, saved);
  const rest = stream.slice(500);
  const fromRestored = rest.map((input) => restored.add(input));
  const fromOriginal = rest.map((input) => original.add(input));
  assert.deepEqual(fromRestored, fromOriginal);
  assert.ok(fromOriginal.some((assignment) => !assignment.created), 'some later articles joined stories');
  assert.deepEqual(restored.stories(), original.stories());
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterInput } from '../cluster/index.js';
import { syntheticParagraphs } from '../dedup/synthetic-text.case.js';
import { createBoundedClusterer, RETIRE_AFTER_DAYS } from './bounded-clusterer.js';

/** 600 short articles over 120 days, in date order, five a day. */
function feed(): ClusterInput[] {
  return Array.from({ length: 600 }, (_, index) => ({
    id: `a${index}`,
    text: syntheticParagraphs(index + 1, 1, 12)[0] as string,
    title: `Article ${index}`,
    publishedAt: new Date(Date.UTC(2020, 0, 1) + Math.floor(index / 5) * 86_400_000).toISOString().slice(0, 10),
  }));
}

test('stories too old to be joined leave memory with their final titles, and recent ones stay', () => {
  const clusterer = createBoundedClusterer({ retireEvery: 100 });
  const retired = feed().flatMap((input) => clusterer.add(input).retired);
  assert.ok(retired.length > 0, 'some stories retired');
  const newest = Date.UTC(2020, 0, 1) + 119 * 86_400_000;
  for (const story of retired) {
    assert.ok(newest - Date.parse(story.lastDate as string) > RETIRE_AFTER_DAYS * 86_400_000);
    assert.ok(story.title.length > 0);
  }
  const active = clusterer.stories();
  assert.ok(active.every((story) => newest - Date.parse(story.lastDate as string) <= (RETIRE_AFTER_DAYS + 100 / 5) * 86_400_000));
  assert.equal(new Set([...retired, ...active].map((story) => story.id)).size, retired.length + active.length);
});

test('the same inputs in the same order give the same assignments, retirement included', () => {
  const first = createBoundedClusterer({ retireEvery: 100 });
  const second = createBoundedClusterer({ retireEvery: 100 });
  const inputs = feed();
  assert.deepEqual(inputs.map((input) => first.add(input).storyId), inputs.map((input) => second.add(input).storyId));
});

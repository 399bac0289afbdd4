import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedupLine, dedupWords } from './dedup-words.js';
import { loadShingleHasher } from './shingles.js';

/** Characters that take each path and each rule: ASCII, typographic punctuation, apostrophes, accents, other scripts. */
const TYPOGRAPHIC = ['’', '‘', '“', '”', '—', '–', '…', '‐', '•'];
const ASCII = [...'abcxyzABCXYZ0189', ' ', ' ', '\n', '\t', '.', ',', '-', "'", '`', '"', '(', '_', '$', '%'];
const BEYOND = ['é', 'É', 'ß', 'İ', 'ﬁ', 'Ω', 'ж', 'ʼ', '\u00a0', '½', '²', '한', 'ı', '\u0301'];

/** A deterministic pseudo-random text (mulberry32): its characters drawn from `alphabet`. */
function randomText(seed: number, alphabet: readonly string[], length: number): string {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
  return Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

test('dedupLine is the dedup words joined by single spaces', () => {
  assert.equal(dedupLine('Don’t STOP—the 2 “best” things…  '), 'dont stop the 2 best things');
  assert.equal(dedupLine(' ... '), '');
  assert.equal(dedupLine('Café déjà-vu'), 'cafe deja vu');
  for (let seed = 1; seed <= 400; seed += 1) {
    // Half the texts stay within ASCII and typographic punctuation (the fast path), half go beyond.
    const alphabet = seed % 2 === 0 ? [...ASCII, ...TYPOGRAPHIC] : [...ASCII, ...TYPOGRAPHIC, ...BEYOND];
    const text = randomText(seed, alphabet, 1 + (seed % 97));
    assert.equal(dedupLine(text), dedupWords(text).join(' '), JSON.stringify(text));
  }
});

test('shingles of a dedup line equal the shingles of its words', async () => {
  const hasher = await loadShingleHasher();
  assert.deepEqual(hasher.lineShingleHashes(''), new Uint32Array(0));
  assert.deepEqual(hasher.lineShingleHashes('one'), hasher.shingleHashes(['one']));
  for (let seed = 1; seed <= 200; seed += 1) {
    const text = randomText(seed, [...ASCII, ...TYPOGRAPHIC, ...BEYOND], 1 + (seed % 151));
    assert.deepEqual(hasher.lineShingleHashes(dedupLine(text)), hasher.shingleHashes(dedupWords(text)), JSON.stringify(text));
  }
});

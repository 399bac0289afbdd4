import type { Entity } from '../model/index.js';
import { foldAccents } from '../text/normalize.js';
import { regionId } from './region-names.js';
import { TITLES } from './speaker-names.js';

// Words that are no part of what tells two names apart: titles, and the little words of long
// names ("Bank of America"). One-letter words are initials.
const NOT_NAME_WORDS = new Set([
  ...TITLES,
  'the', 'of', 'and', 'for', 'de', 'la', 'al', 'el', 'von', 'van', 'ft', 'st', 'mt', 'fort', 'saint', 'mount',
]);

function nameWords(name: string): string[] {
  return foldAccents(name).replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1 && !NOT_NAME_WORDS.has(word));
}

/**
 * Two entity mentions may name the same thing: one key, a name word in common ("Hillary Rodham
 * Clinton" and "Hillary Clinton", "Ft. Myers" and "Fort Myers"; a misspelt word counts), or one is the other's initials
 * ("RNC", "Republican National Committee"), or two names of one listed country ("U.S.", "America"). Deliberately generous: telling two names apart is
 * what a name conflict claims, so any sign of one referent counts as the same.
 */
export function sameNamed(a: Entity, b: Entity): boolean {
  if (a.key === b.key) return true;
  const region = regionId(a.name);
  if (region !== null && region === regionId(b.name)) return true;
  const wordsA = nameWords(a.name).concat(nameWords(a.key));
  const wordsB = new Set(nameWords(b.name).concat(nameWords(b.key)));
  if (wordsA.some((word) => [...wordsB].some((other) => nearlySameWord(word, other)))) return true;
  return isInitialsOf(a.name, b.name) || isInitialsOf(b.name, a.name);
}

function isInitialsOf(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '').toLowerCase();
  if (letters.length < 2 || letters.length > 6) return false;
  const words = long.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const initials = words.map((word) => word[0]).join('');
  const significant = words.filter((word) => !['of', 'the', 'and', 'for'].includes(word)).map((word) => word[0]).join('');
  return initials === letters || significant === letters || initials.startsWith(letters) || significant.startsWith(letters);
}

/**
 * Two name words one typing slip apart ("Welzler", "Wetzler"; "Preibus", "Priebus"): outlets
 * misspell names, and a misspelling is not another person. Words under five letters differ too
 * easily to tell.
 */
export function nearlySameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  return editDistanceAtMostOne(a, b);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1;
      j += 1;
      continue;
    }
    edits += 1;
    if (edits > 1) return false;
    // Two neighbouring letters swapped ("Preibus", "Priebus") is one slip.
    if (a.length === b.length && a[i + 1] === b[j] && a[i] === b[j + 1]) {
      i += 2;
      j += 2;
    } else if (a.length > b.length) i += 1;
    else if (b.length > a.length) j += 1;
    else {
      i += 1;
      j += 1;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

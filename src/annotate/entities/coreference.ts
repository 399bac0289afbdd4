import type { EntityReference, Sentence } from '../../model/index.js';
import type { ArticleEntity } from './canonical-names.js';
import { isQuoted, personOccurrences, quotedRanges, type Occurrence } from './occurrences.js';
import { DESCRIPTION, resolveDescription } from './resolve-descriptions.js';
import { PRONOUN_GENDER, resolvePronoun } from './resolve-pronouns.js';
import { sentenceIndexAt } from '../sentence-at.js';

interface Candidate {
  start: number;
  end: number;
  kind: 'pronoun' | 'description';
  gender?: 'male' | 'female';
  modifiers: string[];
  head: string;
}

function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(/\b(?:he|him|his|himself|she|her|hers|herself)\b/giu)) {
    const gender = PRONOUN_GENDER[match[0].toLowerCase()]!;
    candidates.push({ start: match.index, end: match.index + match[0].length, kind: 'pronoun', gender, modifiers: [], head: '' });
  }
  for (const match of text.matchAll(DESCRIPTION)) {
    const modifiers = match[1]!.split(/\s+/).filter((word) => word !== '');
    candidates.push({ start: match.index, end: match.index + match[0].length, kind: 'description', modifiers, head: match[2]! });
  }
  return candidates.sort((left, right) => left.start - right.start);
}


/**
 * Pronouns and descriptions that refer to a person of the article, in text order. Each resolved
 * reference counts as a mention for the ones after it ("He said … He also rejected …"), and a
 * pronoun teaches the gender of a person the article never gave one.
 */
export function resolveReferences(text: string, sentences: readonly Sentence[], entities: readonly ArticleEntity[]): EntityReference[] {
  const quotes = quotedRanges(text);
  const names = personOccurrences(entities, quotes);
  const seen: Occurrence[] = [];
  const references: EntityReference[] = [];
  let nameIndex = 0;
  for (const candidate of findCandidates(text)) {
    while (nameIndex < names.length && names[nameIndex]!.start < candidate.start) seen.push(names[nameIndex++]!);
    const sentence = sentenceIndexAt(sentences, candidate.start);
    const entity = candidate.kind === 'pronoun'
      ? resolvePronoun(seen, candidate.start, sentence, candidate.gender!)
      : resolveDescription(seen, candidate.start, candidate.modifiers, candidate.head);
    if (!entity) continue;
    if (candidate.gender) entity.gender ??= candidate.gender;
    seen.push({ start: candidate.start, sentence, entity, quoted: isQuoted(quotes, candidate.start) });
    references.push({ start: candidate.start, end: candidate.end, kind: candidate.kind, name: entity.name, key: entity.key });
  }
  return references;
}

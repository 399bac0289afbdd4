import type { ArticleEntity } from './canonical-names.js';
import type { Occurrence } from './occurrences.js';

/** Third-person singular pronouns and the gender they carry. */
export const PRONOUN_GENDER: Record<string, 'male' | 'female'> = {
  he: 'male', him: 'male', his: 'male', himself: 'male',
  she: 'female', her: 'female', hers: 'female', herself: 'female',
};

/**
 * How many sentences back a pronoun may reach for its person. News repeats the name at least
 * every few sentences; further back, a guess is more often wrong than right.
 */
const MAX_SENTENCES_BACK = 3;

function compatible(entity: ArticleEntity, gender: 'male' | 'female'): boolean {
  return entity.gender === undefined || entity.gender === gender;
}

/**
 * The person a pronoun at `start` in sentence `sentence` refers to: the first (subject-like)
 * compatible person of its own sentence before it, else the first one of the nearest earlier
 * sentence that has one. Mentions inside quotations are skipped: "…with Mr. Putin,” Mr. Trump
 * said. But he…" means Trump. `occurrences` holds names and references resolved so far, in order.
 */
export function resolvePronoun(
  occurrences: readonly Occurrence[], start: number, sentence: number, gender: 'male' | 'female',
): ArticleEntity | undefined {
  const earliestSentence = sentence - MAX_SENTENCES_BACK;
  let best: Occurrence | undefined;
  for (let index = occurrences.length - 1; index >= 0; index -= 1) {
    const occurrence = occurrences[index]!;
    if (occurrence.start >= start) continue;
    if (occurrence.sentence < earliestSentence) break;
    if (best && occurrence.sentence !== best.sentence) break;
    if (occurrence.quoted || !compatible(occurrence.entity, gender)) continue;
    // Walking backwards inside one sentence, the last kept is its first compatible person.
    best = occurrence;
  }
  return best?.entity;
}

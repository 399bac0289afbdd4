import type { Article, AttributionVerb } from '../model/index.js';
import { speakerSurname } from '../align/speaker-names.js';

/**
 * Reporting verbs that are not neutral, by what they add to "said". News style guides (AP, Reuters)
 * advise "said" because each class below makes the reporter, not the speaker, judge the statement.
 */
const LOADED_VERBS: Record<string, readonly string[]> = {
  // Casts doubt: the outlet signals it does not vouch for the statement.
  doubt: ['claim', 'allege', 'purport', 'contend'],
  // Insistence: presents the speaker as pressing a point against resistance or as pronouncing it.
  insistence: ['insist', 'maintain', 'assert', 'declare', 'charge', 'proclaim', 'vow'],
  // Concession: presents the statement as a fact the speaker would rather not have said.
  concession: ['admit', 'acknowledge', 'concede', 'confess'],
  // Manner: characterizes the speaker's attitude (boastful, aggrieved, aggressive, dismissive).
  manner: ['boast', 'brag', 'complain', 'whine', 'rant', 'slam', 'blast', 'scoff', 'snap', 'lash', 'threaten'],
  // Endorsement: presents the statement as true (factive verbs).
  endorsement: ['reveal', 'confirm', 'disclose'],
};

const CLASS_OF = new Map(Object.entries(LOADED_VERBS).flatMap(([name, verbs]) => verbs.map((verb) => [verb, name] as const)));

/** The verb class a reporting verb belongs to, or null for neutral ones ("said", "told", "added"). */
export function loadedVerbClass(lemma: string): string | null {
  return CLASS_OF.get(lemma) ?? null;
}

/**
 * Per outlet and speaker, the cue verbs of its quotations, loaded ones flagged. Speakers are
 * matched by surname so "Trump" and "Donald Trump" share rows; unattributed quotations are left out.
 */
export function attributionVerbs(articles: readonly Article[]): AttributionVerb[] {
  const rows = new Map<string, AttributionVerb>();
  const fullest = new Map<string, string>();
  for (const article of articles) {
    for (const quote of article.quotes ?? []) {
      if (!quote.cue || !quote.speakerName) continue;
      const verb = cueLemma(article, quote.cue.start, quote.cue.end);
      if (!verb) continue;
      const speaker = speakerSurname(quote.speakerName) ?? quote.speakerName;
      if ((fullest.get(speaker) ?? '').length < quote.speakerName.length) fullest.set(speaker, quote.speakerName);
      const key = `${speaker}\u0000${article.id}\u0000${verb}`;
      let row = rows.get(key);
      if (!row) {
        row = { speakerName: speaker, articleId: article.id, verb, count: 0, loaded: loadedVerbClass(verb), mentions: [] };
        rows.set(key, row);
      }
      row.count += 1;
      row.mentions.push({ articleId: article.id, span: { start: quote.cue.start, end: quote.cue.end } });
    }
  }
  for (const row of rows.values()) row.speakerName = fullest.get(row.speakerName) ?? row.speakerName;
  return [...rows.values()].sort((a, b) => a.speakerName.localeCompare(b.speakerName) || b.count - a.count);
}

/**
 * The lemma of the cue's verb ("claims" → "claim"). A cue without a verb token is a noun
 * ("U.S. claims that…"): an attribution, but no reporting verb chosen, so it is left out.
 */
function cueLemma(article: Article, start: number, end: number): string | null {
  if (!article.tokens) {
    const word = /\p{L}+/u.exec(article.text.slice(start, end));
    return word ? word[0].toLowerCase() : null;
  }
  const token = article.tokens.find((candidate) => candidate.start >= start && candidate.end <= end && candidate.pos === 'VERB');
  return token ? token.lemma.toLowerCase() : null;
}

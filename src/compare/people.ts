import type { Article, EntityKind, StoryEntity, StoryVoice } from '../model/index.js';
import type { QuotedPassage } from '../align/quoted-passages.js';
import { findWords } from '../text/words.js';
import { speakerSurname } from '../align/speaker-names.js';

/**
 * Nouns after a surname that make it a person's ("the Obama administration", "the Trump
 * campaign"): a tagger trained on short newswire often calls such a name a place or "other".
 */
const PERSON_CONTEXT_NOUNS = new Set(['administration', 'campaign', 'presidency', 'era', 'aides', 'aide', 'adviser', 'advisers', 'family', 'camp']);

interface NamedMention { articleId: string; text: string; key: string; name: string; kind: EntityKind; start: number; end: number }

/**
 * Who each outlet names: entities grouped by their cross-article key, most widely named first.
 * A surname alone joins the one full name of the story that ends with it ("Trump" in one outlet,
 * "Donald Trump" in another), when it is a person's somewhere in the story or stands before a
 * noun that belongs to a person ("the Obama administration"); with two full names of that surname
 * it stays apart. An entity's kind is the one most of its mentions have (a person on a tie).
 */
export function storyEntities(articles: readonly Article[]): StoryEntity[] {
  const named: NamedMention[] = articles.flatMap((article) => (article.entities ?? []).map((entity) => ({
    articleId: article.id, text: article.text, key: entity.key, name: entity.name, kind: entity.kind, start: entity.start, end: entity.end,
  })));
  const fullNamesBySurname = new Map<string, Set<string>>();
  const personKeys = new Set<string>();
  for (const mention of named) {
    if (mention.kind !== 'person') continue;
    personKeys.add(mention.key);
    const words = mention.key.split(' ');
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    fullNamesBySurname.set(surname, (fullNamesBySurname.get(surname) ?? new Set()).add(mention.key));
  }
  const groupKey = (mention: NamedMention): string => {
    const fullNames = fullNamesBySurname.get(mention.key);
    if (mention.key.includes(' ') || fullNames?.size !== 1) return mention.key;
    const personal = mention.kind === 'person' || personKeys.has(mention.key) || PERSON_CONTEXT_NOUNS.has(nextWord(mention.text, mention.end));
    return personal ? [...fullNames][0]! : mention.key;
  };
  const byKey = new Map<string, { entity: StoryEntity; kinds: Map<EntityKind, number>; ownName: boolean }>();
  for (const mention of named) {
    const key = groupKey(mention);
    let found = byKey.get(key);
    if (!found) {
      found = { entity: { key, name: mention.name, kind: mention.kind, mentions: [], articleIds: [] }, kinds: new Map(), ownName: mention.key === key };
      byKey.set(key, found);
    }
    const { entity, kinds } = found;
    // The fullest form of the name itself, never a joined surname's ("Donald Trump", "U.S.").
    if (mention.key === key && (!found.ownName || mention.name.length > entity.name.length)) {
      entity.name = mention.name;
      found.ownName = true;
    }
    kinds.set(mention.kind, (kinds.get(mention.kind) ?? 0) + 1);
    entity.mentions.push({ articleId: mention.articleId, span: { start: mention.start, end: mention.end } });
    if (!entity.articleIds.includes(mention.articleId)) entity.articleIds.push(mention.articleId);
  }
  const entities = [...byKey.values()].map(({ entity, kinds }) => {
    const votes = [...kinds].sort((a, b) => b[1] - a[1] || Number(b[0] === 'person') - Number(a[0] === 'person'));
    return { ...entity, kind: votes[0]![0] };
  });
  return entities.sort((a, b) => b.articleIds.length - a.articleIds.length || b.mentions.length - a.mentions.length);
}

/** The lower-cased word right after a span, or "" when none follows on the same line. */
function nextWord(text: string, end: number): string {
  return /^[ \t]+([\p{L}]+)/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
}

/** Whose voices each outlet quotes, and how many of their words. Unattributed quotations are left out. */
export function storyVoices(articles: readonly Article[], passages: readonly QuotedPassage[][]): StoryVoice[] {
  const bySpeaker = new Map<string, StoryVoice>();
  passages.forEach((list, articleIndex) => {
    const article = articles[articleIndex]!;
    for (const passage of list) {
      if (!passage.speakerName) continue;
      // One voice per surname: "Trump" in one outlet and "Donald Trump" in another are one speaker;
      // the fullest name is shown.
      const key = speakerSurname(passage.speakerName) ?? passage.speakerName;
      let voice = bySpeaker.get(key);
      if (voice && passage.speakerName.length > voice.speakerName.length) voice.speakerName = passage.speakerName;
      if (!voice) {
        voice = { speakerName: passage.speakerName, counts: [] };
        bySpeaker.set(key, voice);
      }
      let count = voice.counts.find((entry) => entry.articleId === article.id);
      if (!count) {
        count = { articleId: article.id, quotes: 0, words: 0 };
        voice.counts.push(count);
      }
      count.quotes += 1;
      count.words += findWords(article.text.slice(passage.start, passage.end)).length;
    }
  });
  const total = (voice: StoryVoice): number => voice.counts.reduce((sum, count) => sum + count.words, 0);
  return [...bySpeaker.values()].sort((a, b) => total(b) - total(a));
}

import type { Article, StoryEntity, StoryVoice } from '../model/index.js';
import type { QuotedPassage } from '../align/quoted-passages.js';
import { findWords } from '../text/words.js';
import { speakerSurname } from '../align/speaker-names.js';

/** Who each outlet names: entities grouped by their cross-article key, most widely named first. */
export function storyEntities(articles: readonly Article[]): StoryEntity[] {
  const byKey = new Map<string, StoryEntity>();
  for (const article of articles) {
    for (const entity of article.entities ?? []) {
      let found = byKey.get(entity.key);
      if (!found) {
        found = { key: entity.key, name: entity.name, kind: entity.kind, mentions: [], articleIds: [] };
        byKey.set(entity.key, found);
      }
      found.mentions.push({ articleId: article.id, span: { start: entity.start, end: entity.end } });
      if (!found.articleIds.includes(article.id)) found.articleIds.push(article.id);
    }
  }
  return [...byKey.values()].sort((a, b) => b.articleIds.length - a.articleIds.length || b.mentions.length - a.mentions.length);
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

import type { Article, Entity } from '../model/index.js';
import { makeMessage } from '../model/index.js';
import type { Stage } from '../pipeline/stage.js';
import { groupEntities, type ArticleEntity } from './entities/canonical-names.js';
import { resolveReferences } from './entities/coreference.js';
import { findMentions } from './entities/mentions.js';
import { dropFunctionWords } from './entities/function-words.js';
import { defaultTagger } from './entities/tagger.js';

function entitiesOf(groups: readonly ArticleEntity[]): Entity[] {
  const entities: Entity[] = [];
  for (const group of groups) {
    for (const mention of group.mentions) {
      const entity: Entity = { start: mention.start, end: mention.end, kind: group.kind, name: group.name, key: group.key };
      if (mention.titles.length > 0) entity.titles = [...mention.titles];
      entities.push(entity);
    }
  }
  return entities.sort((left, right) => left.start - right.start);
}

/**
 * Named entities (person, organization, place, other) with canonical names and keys, and the
 * pronouns and descriptions that refer to the people among them. The tagger is an averaged
 * perceptron trained on CoNLL-2003 (scripts/train-entities.ts); its weights live in models/.
 */
export function findEntities(): Stage {
  return {
    name: 'entities',
    version: '1',
    requires: ['text', 'sentences', 'tokens'],
    provides: ['entities', 'references'],
    run(article: Article): Article {
      const model = defaultTagger();
      if (!model) {
        const message = makeMessage('entity-model-missing',
          'The entity tagger weights (models/entity-tagger.json.gz) are missing; run npm run train:entities.',
          { severity: 'warning', stage: 'entities' });
        return { ...article, entities: [], references: [], messages: [...article.messages, message] };
      }
      const sentences = article.sentences ?? [];
      const mentions = dropFunctionWords(findMentions(article.text, sentences, model), article.tokens ?? [], sentences);
      const groups = groupEntities(mentions);
      const references = resolveReferences(article.text, sentences, groups);
      return { ...article, entities: entitiesOf(groups), references };
    },
  };
}

import type { EntityKind, Sentence } from '../../model/index.js';
import { KIND_OF_TYPE } from './tagset.js';
import { tagDocument } from './tagger.js';
import type { TaggerWeights } from './perceptron.js';
import { contextBefore, HONORIFIC_GENDER, roleAfter, type NameContext } from './titles.js';
import { tokenizeWords, type WordToken } from './tokenize-words.js';

/** A named mention found by the tagger, with what is written around it. */
export interface Mention extends NameContext {
  start: number;
  end: number;
  kind: EntityKind;
  /** The name as written, without honorifics and possessive endings. */
  text: string;
  sentence: number;
}

/** Tokens that the tagger sometimes takes into a name but that never belong to one. */
function trimName(tokens: readonly WordToken[], first: number, last: number): [number, number] {
  while (first < last && tokens[first]!.text.toLowerCase() in HONORIFIC_GENDER) first += 1;
  while (last > first && /^(?:'s|'|[-,.;:])$/.test(tokens[last]!.text)) last -= 1;
  return [first, last];
}

/** The named mentions of an article, sentence by sentence, in text order. */
export function findMentions(text: string, sentences: readonly Sentence[], model: TaggerWeights): Mention[] {
  const sentenceTokens = sentences.map((sentence) => tokenizeWords(text, sentence.start, sentence.end));
  const spans = tagDocument(model, sentenceTokens.map((tokens) => tokens.map((token) => token.text)));
  const mentions: Mention[] = [];
  spans.forEach((sentenceSpans, sentenceIndex) => {
    const tokens = sentenceTokens[sentenceIndex]!;
    for (const span of sentenceSpans) {
      const [first, last] = trimName(tokens, span.start, span.end - 1);
      const kind = KIND_OF_TYPE[span.type] ?? 'other';
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      const mention: Mention = { start, end, kind, text: text.slice(start, end), sentence: sentenceIndex, titles: [] };
      if (kind === 'person') {
        Object.assign(mention, contextBefore(tokens, first, text));
        const role = roleAfter(text, end);
        if (role) mention.titles.push(role);
      }
      mentions.push(mention);
    }
  });
  return mentions;
}

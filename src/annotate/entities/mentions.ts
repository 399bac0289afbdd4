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
  while (first < last && Object.hasOwn(HONORIFIC_GENDER, tokens[first]!.text.toLowerCase())) first += 1;
  while (last > first && /^(?:'s|'|[-,.;:])$/.test(tokens[last]!.text)) last -= 1;
  return [first, last];
}

/**
 * The longest stretch of tokens tagged as one sentence. Real sentences stay far below 400
 * tokens; text without punctuation is cut into pieces so each costs the same.
 */
const MAX_TAGGED_TOKENS = 400;

interface Piece {
  tokens: WordToken[];
  sentence: number;
}

function taggedPieces(text: string, sentences: readonly Sentence[]): Piece[] {
  const pieces: Piece[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const tokens = tokenizeWords(text, sentence.start, sentence.end);
    for (let start = 0; start < tokens.length; start += MAX_TAGGED_TOKENS) {
      pieces.push({ tokens: tokens.slice(start, start + MAX_TAGGED_TOKENS), sentence: sentenceIndex });
    }
  });
  return pieces;
}

/** "Ms. Nakamura": a name right after an honorific is a person, whatever the tagger guessed. */
function afterHonorific(tokens: readonly WordToken[], first: number): boolean {
  const before = tokens[first - 1]?.text.toLowerCase();
  return before !== undefined && /^(?:mr|mrs|ms|dr)\.?$/.test(before);
}

/** The named mentions of an article, sentence by sentence, in text order. */
export function findMentions(text: string, sentences: readonly Sentence[], model: TaggerWeights): Mention[] {
  const pieces = taggedPieces(text, sentences);
  const spans = tagDocument(model, pieces.map((piece) => piece.tokens.map((token) => token.text)));
  const mentions: Mention[] = [];
  spans.forEach((pieceSpans, pieceIndex) => {
    const { tokens, sentence } = pieces[pieceIndex]!;
    for (const span of pieceSpans) {
      const [first, last] = trimName(tokens, span.start, span.end - 1);
      const kind = afterHonorific(tokens, first) ? 'person' : KIND_OF_TYPE[span.type] ?? 'other';
      const start = tokens[first]!.start;
      const end = tokens[last]!.end;
      const mention: Mention = { start, end, kind, text: text.slice(start, end), sentence, titles: [] };
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

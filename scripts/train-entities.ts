/**
 * Trains the entity tagger on CoNLL-2003 eng.train only and writes models/entity-tagger.json.gz.
 * Deterministic: the same data gives the same file. Usage:
 *   npm run train:entities [-- --data ../shared/data/entities/conll2003/eng.train --epochs 12 --seeds 2003,7,11,13,17]
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareDocument } from '../src/annotate/entities/prepare.js';
import { tagsOfSpans, TAGGER_BITS, TAGGER_PATH } from '../src/annotate/entities/tagger.js';
import { saveTagger } from '../src/annotate/entities/model-file.js';
import { readConll } from '../src/eval/entities-conll.js';
import { trainEnsemble, type TrainingDocument } from './train-entities-perceptron.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared', 'data', 'entities', 'conll2003', 'eng.train') },
    epochs: { type: 'string', default: '12' },
    seeds: { type: 'string', default: '2003,7,11,13,17' },
    out: { type: 'string', default: TAGGER_PATH },
  },
});

const started = performance.now();
const documents: TrainingDocument[] = readConll(values.data).map((document) => ({
  sentences: prepareDocument(document.sentences.map((sentence) => sentence.words), TAGGER_BITS),
  tags: document.sentences.map((sentence) => tagsOfSpans(sentence.entities, sentence.words.length)),
}));
console.log(`read ${documents.length} documents in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const seeds = values.seeds.split(',').map(Number);
const model = trainEnsemble(documents, TAGGER_BITS, Number(values.epochs), seeds, (line) => console.log(line));
saveTagger(values.out, model);
console.log(`wrote ${values.out} after ${((performance.now() - started) / 1000).toFixed(1)} s`);

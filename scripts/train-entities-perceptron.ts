import { tagSentence, type PreparedSentence, type TaggerWeights } from '../src/annotate/entities/perceptron.js';
import { TAGS } from '../src/annotate/entities/tagset.js';
import { taggingOrder } from '../src/annotate/entities/prepare.js';
import { randomStream } from '../src/text/random-stream.js';

/** One training document: prepared sentences and their gold tag indices. */
export interface TrainingDocument {
  sentences: PreparedSentence[];
  tags: number[][];
}


function shuffle<T>(items: T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

/**
 * Trains an averaged perceptron: tag each sentence greedily with the current weights and, at
 * each wrong tag, move the weights toward the gold tag and away from the guess. Averaging the
 * weights over every step (the `w - u / c` trick) is what makes a perceptron generalize.
 */
export function trainPerceptron(documents: TrainingDocument[], bits: number, epochs: number, log: (line: string) => void, seed = 2003): TaggerWeights {
  const size = (1 << bits) * TAGS.length;
  const model: TaggerWeights = { bits, weights: new Float32Array(size) };
  const stepped = new Float64Array(size);
  let step = 1;
  const random = randomStream(seed);
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    let errors = 0;
    let tokens = 0;
    for (const document of shuffle(documents, random)) {
      const lastTypes = new Map<string, string>();
      for (const sentenceIndex of taggingOrder(document.sentences.map((sentence) => sentence.capitalsLine))) {
        const gold = document.tags[sentenceIndex]!;
        tagSentence(model, document.sentences[sentenceIndex]!, lastTypes, (index, features, guess) => {
          tokens += 1;
          const truth = gold[index]!;
          if (guess !== truth) {
            errors += 1;
            for (const bucket of features) {
              const base = bucket * TAGS.length;
              model.weights[base + truth]! += 1;
              stepped[base + truth]! += step;
              model.weights[base + guess]! -= 1;
              stepped[base + guess]! -= step;
            }
          }
          step += 1;
        });
      }
    }
    log(`epoch ${epoch}: ${errors} wrong tags of ${tokens} (${((100 * errors) / tokens).toFixed(2)} %)`);
  }
  for (let index = 0; index < size; index += 1) model.weights[index] = model.weights[index]! - stepped[index]! / step;
  return model;
}

/**
 * Trains one perceptron per shuffling seed and sums their weights: each sees the documents in
 * another order, and their average errs less than any one of them (testa F1 0.911 with one,
 * 0.914 with three, 0.915 with five). Summing rather than averaging changes no decision, and
 * the file's scale absorbs it.
 */
export function trainEnsemble(
  documents: TrainingDocument[], bits: number, epochs: number, seeds: readonly number[], log: (line: string) => void,
): TaggerWeights {
  const [first, ...others] = seeds;
  const model = trainPerceptron(documents, bits, epochs, log, first);
  for (const seed of others) {
    log(`seed ${seed}`);
    const other = trainPerceptron(documents, bits, epochs, log, seed);
    for (let index = 0; index < model.weights.length; index += 1) model.weights[index]! += other.weights[index]!;
  }
  return model;
}

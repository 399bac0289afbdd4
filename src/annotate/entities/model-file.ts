import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { TAGS } from './tagset.js';
import type { TaggerWeights } from './perceptron.js';

/**
 * The committed tagger file: gzipped JSON holding only the non-zero weights, quantized to
 * 16-bit integers (`value * scale`), positions as delta-encoded varints. Both arrays are
 * base64 so the file stays plain JSON inside the gzip.
 */
interface TaggerFile {
  format: 'parallax-entity-tagger/1';
  bits: number;
  tags: readonly string[];
  scale: number;
  positions: string;
  values: string;
}

export function saveTagger(path: string, model: TaggerWeights): void {
  let largest = 0;
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest > 0 ? 32767 / largest : 1;
  const positions: number[] = [];
  const values: number[] = [];
  let last = 0;
  model.weights.forEach((weight, position) => {
    const quantized = Math.round(weight * scale);
    if (quantized === 0) return;
    writeVarint(position - last, positions);
    last = position;
    values.push(quantized);
  });
  const file: TaggerFile = {
    format: 'parallax-entity-tagger/1', bits: model.bits, tags: TAGS, scale,
    positions: Buffer.from(positions).toString('base64'),
    values: Buffer.from(new Int16Array(values).buffer).toString('base64'),
  };
  writeFileSync(path, gzipSync(JSON.stringify(file), { level: 9 }));
}

/** Loads the committed tagger with only its non-zero rows (see `TaggerWeights`). */
export function loadTagger(path: string): TaggerWeights {
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as TaggerFile;
  const valueBytes = Buffer.from(file.values, 'base64');
  // Copied: a pooled Buffer may start at an odd byte offset, which Int16Array refuses.
  const values = new Int16Array(new Uint8Array(valueBytes).buffer);
  const positions = readPositions(Buffer.from(file.positions, 'base64'), values.length);
  const tagCount = TAGS.length;
  const rowOfBucket = new Uint32Array(1 << file.bits);
  // Positions ascend, so a bucket's weights are consecutive: number the rows as they come.
  let rows = 0;
  let lastBucket = -1;
  for (let index = 0; index < positions.length; index += 1) {
    const bucket = (positions[index]! / tagCount) | 0;
    if (bucket !== lastBucket) rowOfBucket[bucket] = ++rows;
    lastBucket = bucket;
  }
  const weights = new Int16Array((rows + 1) * tagCount);
  for (let index = 0; index < positions.length; index += 1) {
    const position = positions[index]!;
    const bucket = (position / tagCount) | 0;
    weights[rowOfBucket[bucket]! * tagCount + position - bucket * tagCount] = values[index]!;
  }
  return { bits: file.bits, weights, rowOfBucket };
}

/** The delta-encoded varint positions, as absolute positions (below 2^31: `bits` stays far below 27). */
function readPositions(bytes: Uint8Array, count: number): Int32Array {
  const positions = new Int32Array(count);
  let offset = 0;
  let position = 0;
  for (let index = 0; index < count; index += 1) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[offset++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    position += delta;
    positions[index] = position;
  }
  return positions;
}

function writeVarint(value: number, out: number[]): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
}

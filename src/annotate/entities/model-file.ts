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

export function loadTagger(path: string): TaggerWeights {
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as TaggerFile;
  const weights = new Int16Array((1 << file.bits) * TAGS.length);
  const positions = Buffer.from(file.positions, 'base64');
  const valueBytes = Buffer.from(file.values, 'base64');
  // Copied: a pooled Buffer may start at an odd byte offset, which Int16Array refuses.
  const values = new Int16Array(new Uint8Array(valueBytes).buffer);
  let offset = 0;
  let position = 0;
  for (const value of values) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      const byte = positions[offset++]!;
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    position += delta;
    weights[position] = value;
  }
  return { bits: file.bits, weights };
}

function writeVarint(value: number, out: number[]): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
}

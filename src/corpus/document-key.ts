import type { RawDocument } from '../model/index.js';
import { stableHash } from '../text/hash.js';

/** A document's identity across runs: where it came from and its exact bytes. */
export function documentKey(raw: RawDocument): string {
  return stableHash(`${raw.source}\u0000${raw.hints.id ?? ''}\u0000${raw.body}`);
}

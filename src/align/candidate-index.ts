import { idfWeight, type IdfTable } from './idf.js';

/** An item for candidate retrieval: its group (article) and its distinct term keys. */
export interface IndexedItem {
  articleIndex: number;
  keys: readonly string[];
}

/**
 * Candidate retrieval: for each item, the items of other articles that share its rarest terms,
 * best first by the idf they share — instead of comparing every pair. Terms found in more than
 * `maxShare` of all items are not looked up (they would bring in everything), and each item keeps
 * at most `perItem` candidates, so the work grows with the number of items, not its square.
 */
export function candidatePairs(items: readonly IndexedItem[], idf: IdfTable, options: { perItem: number; maxShare: number }): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  items.forEach((item, index) => {
    for (const key of item.keys) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const maxPostings = Math.max(2, Math.floor(items.length * options.maxShare));
  const pairs = new Set<string>();
  const result: Array<[number, number]> = [];
  items.forEach((item, index) => {
    const shared = new Map<number, number>();
    for (const key of item.keys) {
      const list = postings.get(key)!;
      if (list.length > maxPostings) continue;
      const weight = idfWeight(idf, key);
      for (const other of list) {
        if (items[other]!.articleIndex === item.articleIndex) continue;
        shared.set(other, (shared.get(other) ?? 0) + weight);
      }
    }
    const best = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, options.perItem);
    for (const [other] of best) {
      const pair: [number, number] = index < other ? [index, other] : [other, index];
      const id = `${pair[0]}:${pair[1]}`;
      if (!pairs.has(id)) {
        pairs.add(id);
        result.push(pair);
      }
    }
  });
  return result;
}

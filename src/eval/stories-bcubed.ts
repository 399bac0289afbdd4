/** BCubed precision, recall and F1 over items, and the numbers of stories found and in gold. */
export interface BCubedScore {
  precision: number;
  recall: number;
  f1: number;
  storiesFound: number;
  storiesGold: number;
}

/**
 * For each item: precision = share of its predicted cluster with its gold label, recall = share
 * of its gold class in its predicted cluster; both averaged over items (Bagga & Baldwin 1998).
 */
export function scoreBCubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubedScore {
  const clusterSizes = countValues(predicted);
  const classSizes = countValues(gold);
  const pairSizes = new Map<string, number>();
  for (const [item, cluster] of predicted) {
    const key = `${cluster}\u0000${gold.get(item) ?? ''}`;
    pairSizes.set(key, (pairSizes.get(key) ?? 0) + 1);
  }
  let precisionSum = 0;
  let recallSum = 0;
  for (const [item, cluster] of predicted) {
    const label = gold.get(item) ?? '';
    const both = pairSizes.get(`${cluster}\u0000${label}`) ?? 0;
    precisionSum += both / (clusterSizes.get(cluster) ?? 1);
    recallSum += both / (classSizes.get(label) ?? 1);
  }
  const count = predicted.size;
  const precision = count === 0 ? 0 : precisionSum / count;
  const recall = count === 0 ? 0 : recallSum / count;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, storiesFound: clusterSizes.size, storiesGold: classSizes.size };
}

function countValues(map: ReadonlyMap<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of map.values()) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

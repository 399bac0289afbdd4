/** Disjoint sets over 0…n−1 with path halving: groups items joined by accepted matches. */
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = Int32Array.from({ length: size }, (_, index) => index);
  }

  find(item: number): number {
    let current = item;
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]!]!;
      current = this.parent[current]!;
    }
    return current;
  }

  union(a: number, b: number): number {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    return Math.min(rootA, rootB);
  }

  /** The groups, each in increasing order, ordered by their first item. */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let item = 0; item < this.parent.length; item += 1) {
      const root = this.find(item);
      const group = byRoot.get(root);
      if (group) group.push(item);
      else byRoot.set(root, [item]);
    }
    return [...byRoot.values()];
  }
}

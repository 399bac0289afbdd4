import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ParallaxError } from '../model/index.js';
import type { EvalTask } from './eval-task.js';
import { cutWords, rougeN, rougeTokens } from './rouge.js';

// DUC 2004 task 2 scored with ROUGE-1.5.5 `-l 100 -m`: summaries cut to 100 words, Porter stems
// on words longer than three letters (ROUGE's own rule).
const MAX_WORDS = 100;
const TOKENS = { stemLongerThan: 3 };

/**
 * `parallax eval rouge-duc2004`: proves our ROUGE on DUC 2004 — scores the 13 published peers
 * against the human models and compares their average recall with the published rouge.res.
 */
export const rougeDuc2004Eval: EvalTask = {
  name: 'rouge-duc2004',
  description: 'ROUGE implementation check: 13 DUC 2004 peers against rouge.res',
  async run(options) {
    const published = readPublished(join(options.data, 'rouge.res'));
    const models = groupByCluster(join(options.data, 'models'));
    const peers = groupBySystem(join(options.data, 'peers'));
    const lines: string[] = ['system       R-1 ours  published   R-2 ours  published'];
    let maxDeviation = 0;
    for (const [system, files] of [...peers.entries()].sort()) {
      const scores = [...files.entries()].map(([cluster, text]) => {
        const references = (models.get(cluster) ?? []).map((model) => rougeTokens(cutWords(model, MAX_WORDS), TOKENS));
        const summary = rougeTokens(cutWords(text, MAX_WORDS), TOKENS);
        return [rougeN(summary, references, 1).recall, rougeN(summary, references, 2).recall];
      });
      const mean = (index: number): number => (100 * scores.reduce((sum, pair) => sum + pair[index]!, 0)) / scores.length;
      const ours = [mean(0), mean(1)];
      const theirs = [100 * (published.get(`${system} 1`) ?? Number.NaN), 100 * (published.get(`${system} 2`) ?? Number.NaN)];
      maxDeviation = Math.max(maxDeviation, Math.abs(ours[0]! - theirs[0]!), Math.abs(ours[1]! - theirs[1]!));
      lines.push(`${system.padEnd(12)} ${ours[0]!.toFixed(2).padStart(8)} ${theirs[0]!.toFixed(2).padStart(10)} ${ours[1]!.toFixed(2).padStart(10)} ${theirs[1]!.toFixed(2).padStart(10)}`);
    }
    lines.push(`max deviation from rouge.res: ${maxDeviation.toFixed(3)} points (bar: 0.5)`);
    // Floors are lower bounds, so the gate pins the margin left under the 0.5-point bar.
    return { task: 'rouge-duc2004', metrics: { maxDeviation, halfPointMargin: 0.5 - maxDeviation, systems: peers.size }, lines };
  },
};

function readPublished(path: string): Map<string, number> {
  if (!existsSync(path)) throw new ParallaxError('PX030', `No rouge.res at ${path}; pass the summaries/duc2004 folder with --data.`);
  const published = new Map<string, number>();
  for (const match of readFileSync(path, 'utf8').matchAll(/^(\S+) ROUGE-(\d) Average_R: ([\d.]+)/gm)) published.set(`${match[1]} ${match[2]}`, Number(match[3]));
  return published;
}

/** models/d30001.m.100.t.a → cluster d30001, one text per human. */
function groupByCluster(directory: string): Map<string, string[]> {
  const clusters = new Map<string, string[]>();
  for (const name of readdirSync(directory).sort()) {
    const cluster = name.split('.')[0]!;
    clusters.set(cluster, [...(clusters.get(cluster) ?? []), readFileSync(join(directory, name), 'latin1')]);
  }
  return clusters;
}

/** peers/d30001.LexRank → system LexRank, cluster d30001. */
function groupBySystem(directory: string): Map<string, Map<string, string>> {
  const systems = new Map<string, Map<string, string>>();
  for (const name of readdirSync(directory).sort()) {
    const [cluster, system] = [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.') + 1)];
    if (!systems.has(system)) systems.set(system, new Map());
    systems.get(system)!.set(cluster, readFileSync(join(directory, name), 'latin1'));
  }
  return systems;
}

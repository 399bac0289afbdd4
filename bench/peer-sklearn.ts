/**
 * How Node calls bench/peer-sklearn-cluster.py: Debian's interpreter, texts on standard input or
 * a corpus folder read by the script, one JSON object back with timings, peak RSS and each
 * threshold's cluster labels (in input order).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Debian's python3-sklearn is installed for the system interpreter only: a pyenv or venv `python3` first on PATH would not see it. */
const DEBIAN_PYTHON = '/usr/bin/python3';
const PEER_SCRIPT = join(import.meta.dirname, 'peer-sklearn-cluster.py');

export interface PeerRun {
  threshold: number;
  clusterSeconds: number;
  clusterCpuSeconds: number;
  clusters: number;
  /** The cluster number of each document, in input order. */
  labels: number[];
}

export interface PeerOutput {
  sklearnVersion: string;
  documents: number;
  readSeconds: number;
  readCpuSeconds: number;
  vectorizeSeconds: number;
  vectorizeCpuSeconds: number;
  /** The Python process's peak resident memory (interpreter and libraries included). */
  peakRssMb: number;
  runs: PeerRun[];
}

export type PeerInput = { stream: string } | { corpusFolder: string };

export function sklearnAvailable(): boolean {
  return spawnSync(DEBIAN_PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' }).status === 0;
}

/** Vectorizes the input once and clusters it at each threshold. Throws when the script fails. */
export function runPeer(input: PeerInput, thresholds: readonly number[]): PeerOutput {
  const inputArguments = 'stream' in input ? ['-'] : ['--corpus', input.corpusFolder];
  const result = spawnSync(DEBIAN_PYTHON, [PEER_SCRIPT, ...inputArguments, '--json', '--thresholds', thresholds.join(',')],
    { input: 'stream' in input ? input.stream : '', encoding: 'utf8', maxBuffer: 256 << 20 });
  if (result.status !== 0) throw new Error(`bench/peer-sklearn-cluster.py exited with ${result.status ?? result.signal}: ${result.stderr}`);
  return JSON.parse(result.stdout) as PeerOutput;
}

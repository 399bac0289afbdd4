import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVAL_TASKS } from '../../src/eval/tasks.js';

/** Where the public evaluation data lives: ../shared/data beside the checkout, or PARALLAX_DATA. */
export const DATA_ROOT = process.env.PARALLAX_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');

interface Gate {
  task: string;
  data: string;
  split?: string;
  floors: Record<string, number>;
}

function readGates(): Record<string, Gate> {
  const baseline = JSON.parse(readFileSync(join(import.meta.dirname, 'baseline.json'), 'utf8')) as {
    gates: Record<string, Gate>;
  };
  return baseline.gates;
}

/**
 * Registers one test per gate named `gateName` in baseline.json: runs the evaluation on the
 * public data and fails when a metric falls below its pinned floor. Skips, saying why, when
 * the data folder is absent.
 */
export function checkFloors(gateName: string): void {
  const gate = readGates()[gateName];
  test(`the ${gateName} evaluation stays at or above its pinned floors`, async (context) => {
    assert.ok(gate, `baseline.json has no gate "${gateName}"`);
    const data = join(DATA_ROOT, gate.data);
    if (!existsSync(data)) {
      context.skip(`evaluation data not found at ${data}`);
      return;
    }
    const task = EVAL_TASKS.find((candidate) => candidate.name === gate.task);
    assert.ok(task, `no eval task "${gate.task}"`);
    const report = await task.run({ data, ...(gate.split ? { split: gate.split } : {}) });
    for (const [metric, floor] of Object.entries(gate.floors)) {
      const value = report.metrics[metric];
      assert.ok(value !== undefined, `the ${gate.task} report has no metric "${metric}"`);
      assert.ok(value >= floor, `${gateName} ${metric} ${value.toFixed(4)} fell below its floor ${floor}`);
    }
  });
}

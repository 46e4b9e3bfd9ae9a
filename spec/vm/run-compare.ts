// Differential runs: each task runs in CPython 3.12 (one oracle process for
// all of them) and in etpy's VM; the results must be equal field by field
// (ok, stdout, error, value, steps). A known difference must still differ, so
// the list of them can only shrink.
import { describe, expect, it } from 'vitest';
import { runCPython } from '../../src/testing/oracle.js';
import { runSource } from '../../src/vm/interpreter.js';
import type { BatchResult, BatchTask } from '../../src/batch/schema.js';
import { mkdirSync, writeFileSync } from 'node:fs';

export interface RunTask {
  readonly id: string;
  readonly source: string;
  readonly expr?: string;
  readonly stdin?: string;
}

export interface Comparable {
  ok: boolean;
  stdout: string;
  error?: string;
  value?: string;
  steps?: number;
}

const MAX_STEPS = 1_000_000;
/** Compiled runs count no steps: a runaway program stops at this wall-clock limit instead. */
const COMPILED_TIMEOUT_MS = 20_000;

/**
 * `compiled`: untraced and uncounted, with every code object compiled at its
 * first entry or loop (src/vm/jit.ts); else counted, so all in the eval loop.
 */
export function runInEtpy(task: RunTask, withSteps: boolean, compiled = false): Comparable {
  const r = runSource(task.source, {
    filename: '<source>',
    // The oracle runs a task as python3 -c runs code: __main__ has no __file__.
    mainFile: false,
    ...(compiled
      ? { jit: 'eager' as const, timeoutMs: COMPILED_TIMEOUT_MS, now: () => performance.now() }
      : { countSteps: true, maxSteps: MAX_STEPS }),
    ...(task.expr === undefined ? {} : { expr: task.expr }),
    ...(task.stdin === undefined ? {} : { stdin: task.stdin }),
  });
  return pick({ ok: r.ok, stdout: r.stdout, error: r.error, value: r.value, steps: r.steps }, withSteps);
}

function pick(r: Comparable | BatchResult, withSteps: boolean): Comparable {
  const out: Comparable = { ok: r.ok, stdout: r.stdout ?? '' };
  if (r.error !== undefined && !r.ok) out.error = r.error;
  if (r.value !== undefined) out.value = r.value;
  if (withSteps && r.steps !== undefined) out.steps = r.steps;
  return out;
}

/** CPython's results per list of tasks: a file describing the same tasks twice runs the oracle once. */
const oracleResults = new WeakMap<readonly RunTask[], BatchResult[]>();

/**
 * One test per task. `known` maps task ids to the reason etpy differs;
 * those tests pass only while the difference remains.
 */
export function describeRuns(
  title: string, tasks: readonly RunTask[], known: Readonly<Record<string, string>>, options: { steps: boolean; compiled?: boolean },
): void {
  // ETPY_DUMP_TASKS=dir writes each task's program there (to run it by hand in both interpreters).
  const dump = process.env['ETPY_DUMP_TASKS'];
  if (dump !== undefined) {
    mkdirSync(dump, { recursive: true });
    for (const t of tasks) writeFileSync(`${dump}/${t.id}.py`, t.source);
  }
  const batch: BatchTask[] = tasks.map((t) => ({ id: t.id, source: t.source, ...(t.expr === undefined ? {} : { expr: t.expr }), ...(t.stdin === undefined ? {} : { stdin: t.stdin }) }));
  let expected = oracleResults.get(tasks);
  if (expected === undefined) oracleResults.set(tasks, (expected = runCPython(batch, { maxSteps: MAX_STEPS })));
  describe(title, () => {
    for (const id of Object.keys(known)) {
      it(`known difference ${id} is a task`, () => {
        expect(tasks.some((t) => t.id === id)).toBe(true);
      });
    }
    tasks.forEach((task, i) => {
      const want = pick(expected[i]!, options.steps);
      // Without a step limit a program that ran into CPython's limits is not comparable (its counted run tests it).
      if (options.compiled === true && (want.error === 'StepLimitExceeded' || want.error === 'Timeout')) return;
      const reason = known[task.id];
      it(reason === undefined ? task.id : `${task.id} (known difference: ${reason})`, () => {
        const got = runInEtpy(task, options.steps, options.compiled ?? false);
        if (reason === undefined) expect(got).toEqual(want);
        else expect(got, `${task.id} now matches CPython: remove it from the known differences`).not.toEqual(want);
      });
    });
  });
}

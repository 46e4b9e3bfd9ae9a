// Tasks compiled in one thread and run in another (`etpy batch`'s main thread
// compiles for its workers: src/batch/compile-cache.ts TaskPrecompiler, code
// sent through postMessage's structured clone): what is compiled, and that a
// task run from the code sent gives CPython's result.
import { describe, expect, it } from 'vitest';
import { runTaskLine } from '../../src/index.js';
import { TaskPrecompiler } from '../../src/batch/compile-cache.js';
import type { BatchResult, BatchTask } from '../../src/batch/schema.js';
import { maskAddresses, runCPython } from '../../src/testing/oracle.js';
import { corpusTasks } from '../corpus.js';

describe('TaskPrecompiler', () => {
  it('compiles a run task\'s source and expr, each text once, and leaves the rest to the thread that runs the task', () => {
    const pc = new TaskPrecompiler();
    expect(Object.keys(pc.compile({ id: 1, source: 'x = 1\n', expr: 'x + 1' }) ?? {})).toEqual(['source', 'expr']);
    // Both texts were sent for an earlier task: the running thread's cache has their code.
    expect(pc.compile({ id: 2, source: 'x = 1\n', expr: 'x + 1' })).toBeUndefined();
    expect(Object.keys(pc.compile({ id: 3, source: 'x = 1\n', expr: 'x + 2' }) ?? {})).toEqual(['expr']);
    // What does not compile is compiled (and reported) where the task runs.
    expect(Object.keys(pc.compile({ id: 4, source: 'def f(:\n', expr: 'x + 3' }) ?? {})).toEqual(['expr']);
    expect(pc.compile({ id: 5, source: 'y = 2\n', expr: '(' })).toEqual({ source: expect.anything() });
    expect(pc.compile({ id: 6, source: 'z = 3\n', mode: 'ast' })).toBeUndefined();
    expect(pc.compile({ id: 7, source: 'w = 4\n', mode: 'dis' })).toBeUndefined();
    expect(pc.compile({ id: 8, source: `s = '${'a'.repeat(20_000)}'\n` })).toBeUndefined();
  });

  it('keeps its first 64 texts compiled where they run, then a text only when met again lately (as the worker does)', () => {
    const pc = new TaskPrecompiler();
    for (let i = 0; i < 64; i++) expect(pc.compile({ id: i, source: `x = ${i}\n` })?.source).toBeDefined();
    expect(pc.compile({ id: 64, source: 'x = 0\n' })).toBeUndefined();
    // A distinct program is not kept (its code would outlive young-generation collections for nothing) ...
    const task = { id: 65, source: 'y = 1\n' };
    expect(pc.compile(task)?.source).toBeDefined();
    // ... until it comes again: then it is, in place of the least recently used.
    expect(pc.compile(task)?.source).toBeDefined();
    expect(pc.compile(task)).toBeUndefined();
    expect(pc.compile({ id: 66, source: 'x = 0\n' })).toBeUndefined();
    expect(pc.compile({ id: 67, source: 'x = 1\n' })?.source).toBeDefined();
  });

  it('a task run from code compiled elsewhere gives the oracle\'s result, for 120 corpus programs', () => {
    // Programs that import nothing (a module's repr names its file in CPython), cut at 3,000 steps.
    const tasks: BatchTask[] = corpusTasks().filter((t) => !/\bimport\b/.test(t.source)).slice(0, 120).map((t, i) => ({ ...t, id: i }));
    const options = { trace: 'line', maxSteps: 3000 } as const;
    const pc = new TaskPrecompiler();
    const withoutChars = (line: string): BatchResult => {
      const { chars: _, ...r } = JSON.parse(maskAddresses(line)) as BatchResult;
      return r;
    };
    let sent = 0;
    const ours = tasks.map((t) => {
      const compiled = pc.compile(t);
      if (compiled?.source !== undefined) sent++;
      return withoutChars(runTaskLine(t, options, compiled === undefined ? undefined : structuredClone(compiled)).line);
    });
    expect(sent).toBeGreaterThan(100);
    const oracle = runCPython(tasks, options).map((r) => withoutChars(JSON.stringify(r)));
    expect(ours).toEqual(oracle);
  });
});

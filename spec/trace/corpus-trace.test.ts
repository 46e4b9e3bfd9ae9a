// Every corpus program (../shared/corpus) traced in etpy gives CPython 3.12's
// events (addresses and module paths masked, see trace-compare.ts), at line
// level (up to 10000 line events) and at opcode level (up to 1000 line
// events; both sides stop there with StepLimitExceeded). CPython's traces are
// kept as digests so the whole corpus fits in memory; a failing task is rerun
// in CPython to show its first differing event.
import { describe, expect, it } from 'vitest';
import { corpusTasks } from '../corpus.js';
import { cpythonTraces, digest, etpyTrace, expectSameTrace, type TraceOptions } from './trace-compare.js';
import { CORPUS_TRACE_KNOWN_DIFFERENCES } from './corpus-trace-known-differences.js';

const CHUNK = 100;
const tasks = corpusTasks();

const LEVELS: readonly TraceOptions[] = [
  { trace: 'line', state: 'full', maxSteps: 10_000 },
  { trace: 'opcode', state: 'full', maxSteps: 1_000 },
];

for (const options of LEVELS) {
  const expected: string[] = [];
  for (let i = 0; i < tasks.length; i += CHUNK) {
    for (const trace of cpythonTraces(tasks.slice(i, i + CHUNK), options)) expected.push(digest(trace));
  }

  describe(`corpus: every program's ${options.trace} trace is CPython 3.12's`, () => {
    for (const id of Object.keys(CORPUS_TRACE_KNOWN_DIFFERENCES)) {
      it(`known difference ${id} is a task`, () => {
        expect(tasks.some((t) => t.id === id)).toBe(true);
      });
    }
    tasks.forEach((task, i) => {
      const reason = CORPUS_TRACE_KNOWN_DIFFERENCES[task.id];
      it(reason === undefined ? task.id : `${task.id} (known difference: ${reason})`, () => {
        const got = etpyTrace(task, options);
        const same = digest(got) === expected[i];
        if (reason !== undefined) {
          expect(same, `${task.id} now matches CPython: remove it from the known differences`).toBe(false);
          return;
        }
        if (!same) expectSameTrace(got, cpythonTraces([task], options)[0]!);
      });
    });
  });
}

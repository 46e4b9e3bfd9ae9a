// Per-rule trace programs (spec/trace/*.py): each one's events in etpy equal
// CPython 3.12's under sys.settrace (and sys.monitoring INSTRUCTION events at
// opcode level), at full state, and with --state delta and --max-repr.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { cpythonTraces, etpyTrace, expectSameTrace, type TraceOptions, type TraceTask } from './trace-compare.js';

const DIR = new URL('./', import.meta.url);
const tasks: TraceTask[] = readdirSync(DIR).filter((f) => f.endsWith('.py')).sort()
  .map((f) => ({ id: f, source: readFileSync(new URL(f, DIR), 'utf8') }));

/** Programs whose trace still differs, with the reason; each must still differ. */
export const KNOWN: Readonly<Record<string, string>> = {};

const VARIANTS: readonly [string, TraceOptions][] = [
  ['line', { trace: 'line', state: 'full', maxSteps: 100_000 }],
  ['line, --state delta --max-repr 12', { trace: 'line', state: 'delta', maxSteps: 100_000, maxRepr: 12 }],
  ['line, --max-steps 15', { trace: 'line', state: 'full', maxSteps: 15 }],
  ['opcode', { trace: 'opcode', state: 'full', maxSteps: 100_000 }],
  ['opcode, --state delta', { trace: 'opcode', state: 'delta', maxSteps: 100_000 }],
];

for (const [title, options] of VARIANTS) {
  const expected = cpythonTraces(tasks, options);
  describe(`trace programs (${title}) match CPython 3.12`, () => {
    tasks.forEach((task, i) => {
      const reason = KNOWN[task.id];
      it(reason === undefined ? task.id : `${task.id} (known difference: ${reason})`, () => {
        const got = etpyTrace(task, options);
        if (reason === undefined) expectSameTrace(got, expected[i]!);
        // A known difference must still show in the whole trace (a cut one may end before it).
        else if (options.maxSteps >= 100_000 && JSON.stringify(got) === JSON.stringify(expected[i])) {
          throw new Error(`${task.id} now matches CPython: remove it from KNOWN`);
        }
      });
    });
  });
}

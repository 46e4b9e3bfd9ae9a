// spec/programs/<topic>_<case>.py: one behaviour each, run in CPython 3.12 and
// in etpy; stdout, error and line-event count must be equal. The per-rule
// trace programs (spec/trace/*.py, whose events trace tests compare) run here
// untraced too, since tracing and not tracing take different paths.
import { readdirSync, readFileSync } from 'node:fs';
import { describeRuns, type RunTask } from './run-compare.js';

const programsIn = (dir: URL, prefix: string): RunTask[] => readdirSync(dir)
  .filter((f) => f.endsWith('.py'))
  .sort()
  .map((f) => ({ id: prefix + f, source: readFileSync(new URL(f, dir), 'utf8') }));

const tasks: RunTask[] = [
  ...programsIn(new URL('../programs/', import.meta.url), ''),
  ...programsIn(new URL('../trace/', import.meta.url), 'trace/'),
];

/** Programs whose result differs from CPython's, with the reason; the list only shrinks. */
const KNOWN_DIFFERENCES: Record<string, string> = {
  'math_tan_ulp.py': 'math.tan is Math.tan (fdlibm), not glibc\'s correctly rounded tan: tan(4) and tan(7) are an ulp off',
  'recursion_native.py': "steps only: at CPython's C recursion limit the oracle's Python tracer fails and stops recording line events (stdout and error match)",
  'str_surrogate_pair_join.py': 'str is a JS string: two lone surrogates that meet form one astral code point (len 1, not 2)',
};

describeRuns('programs: each spec/programs and spec/trace file behaves as in CPython 3.12', tasks, KNOWN_DIFFERENCES, { steps: true });

/** The same programs compiled (src/vm/jit.ts), whose differences are their own. */
const COMPILED_KNOWN_DIFFERENCES: Record<string, string> = {
  'math_tan_ulp.py': KNOWN_DIFFERENCES['math_tan_ulp.py']!,
  'str_surrogate_pair_join.py': KNOWN_DIFFERENCES['str_surrogate_pair_join.py']!,
};

describeRuns(
  'programs compiled: each spec/programs and spec/trace file, untraced with every code object compiled, prints as in CPython 3.12',
  tasks, COMPILED_KNOWN_DIFFERENCES, { steps: false, compiled: true },
);

// The `etpy --help` text and the version line.
import { readFileSync } from 'node:fs';
import { DEFAULT_BATCH_OPTIONS } from '../batch/schema.js';
import { TRACE_FORMATS } from './args.js';

export const HELP_TEXT = `usage: etpy [-h] [--version] FILE [ARGS...]
       etpy run FILE [ARGS...]
       etpy -c CODE [ARGS...]
       etpy - [ARGS...] < program.py
       etpy ast FILE
       etpy dis FILE
       etpy trace FILE [--level line|opcode] [--format FORMAT] [--skip N] [--state full|delta]
                       [--max-steps N] [--max-repr N] [--stdout FILE]
       etpy batch [--trace none|line|opcode] [--format FORMAT] [--skip N] [--state full|delta]
                  [--max-steps N] [--max-repr N] [--timeout-ms N] [--jobs N] < tasks.jsonl > results.jsonl
       etpy diff FILE

etpy is a Python 3.12 interpreter in TypeScript that behaves like python3.12
where the two overlap and records deterministic execution traces.

commands:
  FILE, run FILE   run a program, like python3.12 FILE
  -c CODE          run a string, like python3.12 -c CODE
  -                run the program on standard input, like python3.12 - (also
                   etpy alone when standard input is not a terminal)
  ast FILE         print the AST in ast.dump form
  dis FILE         print the disassembly, like python3.12 -m dis FILE
  trace FILE       run FILE and write its trace to stdout (--format)
  batch            run JSON tasks from stdin, one JSON result per line on stdout
                   (modes "run", "ast" and "dis")
  diff FILE        run FILE in etpy and in CPython 3.12 and report the first
                   difference in output, error or line trace (exit 1 if any)

options:
  -h, --help       show this help and exit
  -V, --version    print the version and exit

trace and batch options:
  --format FORMAT          ${TRACE_FORMATS.join(', ')} (default jsonl); a batch
                           result's \`trace\` is then that text (pytutor: JSON), and
                           \`chars\` its length in code points as \`trace\` writes it
  --skip N                 --format dynamic: write every N-th state (default 1)
  --state full|delta       every event carries all locals, or unchanged ones as ".."
                           (default full; jsonl only)
  --max-steps N            stop after N line events with StepLimitExceeded
                           (default ${DEFAULT_BATCH_OPTIONS.maxSteps})
  --max-repr N             cut each value's repr to N characters (default: no cut)

trace options:
  --level line|opcode      events per line, or also one per instruction (default line)
  --stdout FILE            write the program's output to FILE (default: stderr)

batch options:
  --trace none|line|opcode record a trace in each result (default none)
  --timeout-ms N           wall-clock limit per task (default ${DEFAULT_BATCH_OPTIONS.timeoutMs})
  --jobs N                 worker threads (default: the number of cores)

N is an integer: at least 1 for --jobs, --timeout-ms and --skip, at least 0 otherwise.
Exit status: 0 success, 1 uncaught Python exception, 2 usage error.
`;

/** `etpy X.Y.Z (Python 3.12)`, the version taken from package.json. */
export function versionLine(): string {
  // This module runs from src/cli (tests) or dist/src/cli (built), so the
  // package root is two or three levels up.
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg: unknown = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8'));
      if (typeof pkg === 'object' && pkg !== null && 'name' in pkg && pkg.name === 'etpy' && 'version' in pkg) {
        return `etpy ${String(pkg.version)} (Python 3.12)`;
      }
    } catch {
      // Not at this level: try the next one.
    }
  }
  return 'etpy (Python 3.12)';
}

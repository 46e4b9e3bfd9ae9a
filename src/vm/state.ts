// The interpreter state a running program shares: output, limits, the
// exception being handled, the module table. One program runs at a time in a
// JS realm; `resetState` gives every task a fresh one.
import type { PyException, PyDict, PyModule } from './object.js';
import type { Frame } from './frame.js';
import type { TraceHooks } from '../trace/hooks.js';

export interface InterpState {
  /** Text written to sys.stdout, in chunks. */
  stdout: string[];
  /** Host sink for stdout as it is written (CLI streaming); null to only buffer. */
  onStdout: ((text: string) => void) | null;
  stderr: string[];
  onStderr: ((text: string) => void) | null;
  /** The program's source line `line` of `file` (for tracebacks formatted at run time). */
  sourceLine: ((file: string, line: number) => string | undefined) | null;
  /** The innermost executing Python frame (globals(), locals(), super()). */
  frame: Frame | null;
  stdin: string;
  /** Supplies `stdin` lazily on first read (the host's standard input). */
  readStdin: (() => string) | null;
  stdinPos: number;
  recursionLimit: number;
  /** Python frames currently executing. */
  depth: number;
  /** CPython's C recursion budget left (recursion.ts). */
  cRemaining: number;
  maxStrDigits: number;
  /** sys.exc_info(): the exception being handled by an except block. */
  handled: PyException | null;
  modules: Map<string, PyModule>;
  builtins: PyDict | null;
  /** Counts line events for --max-steps and the batch result's `steps`. */
  steps: number;
  maxSteps: number;
  /** Count line events even without a step limit (batch results report them). */
  countSteps: boolean;
  /** Receives trace events (call/line/return/exception/opcode) of traced frames; null when not tracing. */
  tracer: TraceHooks | null;
  /** Wall-clock deadline (ms since epoch from the host clock), or Infinity. */
  deadline: number;
  now: () => number;
  argv: string[];
  /** The most items a list may hold before MemoryError (errors.ts MAX_ITEMS by default). */
  maxItems: number;
  /** Generators started and not finished: while there are none, a returning frame frees nothing to close (release.ts). */
  openGenerators: number;
}

export const interpState: InterpState = freshState();

function freshState(): InterpState {
  return {
    stdout: [],
    onStdout: null,
    stderr: [],
    onStderr: null,
    sourceLine: null,
    frame: null,
    stdin: '',
    readStdin: null,
    stdinPos: 0,
    recursionLimit: 1000,
    depth: 0,
    cRemaining: 1500,
    maxStrDigits: 4300,
    handled: null,
    modules: new Map(),
    builtins: null,
    steps: 0,
    maxSteps: Infinity,
    countSteps: false,
    tracer: null,
    deadline: Infinity,
    now: () => 0,
    argv: [''],
    maxItems: 1 << 25,
    openGenerators: 0,
  };
}

export function resetState(): void {
  Object.assign(interpState, freshState());
}

// The batch JSONL contract (shared/spec/batch.md) and the trace event record
// (shared/spec/trace.md) as types. Shared by `etpy batch`, the tracer and the
// CPython oracle, so that both sides of every comparison speak the same shape.
// Core code: no Node imports here.

/** Any JSON value: task ids are copied from task to result untouched. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type TaskMode = 'run' | 'ast' | 'dis';
export type TraceLevel = 'none' | 'line' | 'opcode';
export type StateMode = 'full' | 'delta';

/** `--format`: the event records (jsonl) or a research format (trace.md "Research formats"). */
export const TRACE_FORMATS = ['jsonl', 'scratchpad', 'compact', 'dynamic', 'cwm', 'pytutor'] as const;
export type TraceFormat = (typeof TRACE_FORMATS)[number];

/** Python Tutor's trace document (`--format pytutor`): the program and one entry per step. */
export interface PyTutorTrace {
  code: string;
  trace: { [key: string]: JsonValue }[];
}

/** One line of tasks.jsonl. */
export interface BatchTask {
  id: JsonValue;
  /** A Python module, run as `__main__`; its code objects have the file name `<source>`. */
  source: string;
  /** Evaluated in the module's globals after the module ran; its repr is the result's `value`. */
  expr?: string;
  /** Default `run`. */
  mode?: TaskMode;
  /** What `input()` and `sys.stdin` read. */
  stdin?: string;
}

/** One line of results.jsonl, fields in the contract's order. */
export interface BatchResult {
  id: JsonValue;
  /** True when nothing was raised. */
  ok: boolean;
  /** `run`: everything the program printed. */
  stdout?: string;
  /** `run` with `expr`, when it succeeded: the repr of the expression's value. */
  value?: string;
  /** When `ok` is false: `Type: message`, `StepLimitExceeded` or `Timeout`. */
  error?: string;
  /** `run`: the number of `line` events executed in `<source>` code. */
  steps?: number;
  /**
   * `run` with a trace level other than `none`: the events (`--format jsonl`),
   * Python Tutor's document (`pytutor`) or the text of a text format.
   */
  trace?: TraceEvent[] | PyTutorTrace | string;
  /** With a trace: its length in Unicode code points as `etpy trace --format F` writes it. */
  chars?: number;
  /** Mode `ast`: `ast.dump` of the module. */
  ast?: string;
  /** Mode `dis`: what `python3 -m dis` prints. */
  dis?: string;
}

export type TraceEventKind = 'call' | 'line' | 'return' | 'exception' | 'opcode';

/** Name → repr (or `".."` for an unchanged value under `--state delta`), in `f_locals` order. */
export type Locals = Record<string, string>;

/**
 * An empty record keyed by Python names (Locals and the like): it has no
 * prototype, so `__proto__`, `constructor` or `toString` is an own key like
 * any other name (on a plain object, assigning `__proto__` sets the
 * prototype instead, and `in` finds Object.prototype's members).
 */
export function nameRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The fields every event has, in trace.md's order. */
interface EventBase {
  /** 0-based index of the event in the trace. */
  step: number;
  event: TraceEventKind;
  /** The code object's `co_qualname`. */
  func: string;
  /** `frame.f_lineno`; 0 for the module's `call` event; null for an instruction without a line. */
  line: number | null;
  /** 1 for the outermost traced frame. */
  depth: number;
  locals: Locals;
}

export interface CallEvent extends EventBase {
  event: 'call';
}

export interface LineEvent extends EventBase {
  event: 'line';
}

export interface ReturnEvent extends EventBase {
  event: 'return';
  /** Repr of the returned or yielded value; null when the frame is left by an exception. */
  value: string | null;
}

export interface ExceptionEvent extends EventBase {
  event: 'exception';
  /** `Type: message`, as the last line of a traceback. */
  exception: string;
}

export interface OpcodeEvent extends EventBase {
  event: 'opcode';
  /** Byte offset of the instruction about to run. */
  offset: number;
  /** Its CPython 3.12 opname. */
  opname: string;
  /** etpy only: the value stack's reprs, bottom first (the oracle cannot show it). */
  stack?: string[];
}

export type TraceEvent = CallEvent | LineEvent | ReturnEvent | ExceptionEvent | OpcodeEvent;

/** The options of `etpy batch` that change results (not `--jobs`). */
export interface BatchOptions {
  trace: TraceLevel;
  /** How `trace` is written (default jsonl). */
  format: TraceFormat;
  /** `--format dynamic`: every N-th state. */
  skip: number;
  state: StateMode;
  /** Line events a task may execute; the next one stops it with `StepLimitExceeded`. */
  maxSteps: number;
  /** Reprs longer than this keep their first `maxRepr` characters followed by `...`. */
  maxRepr?: number;
  /** Wall-clock limit of one task; past it the task fails with `Timeout`. 0: no limit. */
  timeoutMs: number;
}

export const DEFAULT_BATCH_OPTIONS: Readonly<BatchOptions> = {
  trace: 'none',
  format: 'jsonl',
  skip: 1,
  state: 'full',
  maxSteps: 1_000_000,
  timeoutMs: 10_000,
};

/** Errors that are not Python exceptions. */
export const STEP_LIMIT_ERROR = 'StepLimitExceeded';
export const TIMEOUT_ERROR = 'Timeout';

/** A bug in etpy while running one task: that task's result (a SystemError), never the batch's end. */
export function internalErrorResult(id: JsonValue, error: unknown): BatchResult {
  const message = error instanceof Error ? error.message : String(error);
  return { id, ok: false, error: `SystemError: etpy internal error: ${message.split('\n')[0] ?? ''}` };
}

// etpy as a library (`import … from 'etpy'`): run Python 3.12 programs and
// record their traces in any JavaScript host. Nothing here touches the host's
// files, processes or globals; output is returned or handed to callbacks.
//
//   run(source, options)        → RunResult (stdout, error, traceback, steps)
//   trace(source, options)      → the run and its trace (events, or a research format's text)
//   runTask(task, options)      → one batch task's result, as `etpy batch` writes it
//   runTaskLine(task, options)  → the same as its results.jsonl line (`etpy batch`'s bytes)
//   HostTracer + DISABLE        → callbacks per event with a lazy FrameView (run(…, { tracer }))
//   astDump / disassembleSource → `etpy ast` / `etpy dis` text
import type { PyTutorTrace, StateMode, TraceEvent, TraceFormat } from './batch/schema.js';
import { runSource, type RunOptions, type RunResult } from './vm/interpreter.js';
import { formatTrace } from './trace/formats/index.js';
import { Tracer } from './trace/tracer.js';
import { dump, parse } from './parser/index.js';
import { compile, DIS_MODULE_START_DEPTH } from './compiler/index.js';
import { disassemble } from './bytecode/dis.js';

export { runSource as run, type RunOptions, type RunResult };
export { runTask, runTaskLine } from './batch/run-task.js';
export { HostTracer, DISABLE, type FrameView, type HostCallbacks, type HostEvent, type HostTracerOptions, type CallbackResult } from './trace/host.js';
export type { ActiveIterator } from './trace/formats/iterators.js';
export { Tracer, type TracerOptions } from './trace/tracer.js';
export { JsonlEncoder } from './trace/jsonl.js';
export type { TraceHooks } from './trace/hooks.js';
export { PySyntaxError } from './parser/index.js';
export type {
  BatchOptions, BatchResult, BatchTask, CallEvent, ExceptionEvent, LineEvent, Locals, OpcodeEvent, PyTutorTrace,
  ReturnEvent, StateMode, TraceEvent, TraceFormat,
} from './batch/schema.js';

export interface TraceOptions extends Omit<RunOptions, 'tracer'> {
  /** `line` (call/line/return/exception) or `opcode` (adds one event per instruction). */
  level?: 'line' | 'opcode';
  /** `jsonl` (events), or a research format of trace.md. */
  format?: TraceFormat;
  state?: StateMode;
  maxRepr?: number;
  /** dynamic: every N-th state. */
  skip?: number;
  /** Receives each event as it is made (jsonl); the events are then not kept. */
  onEvent?: (event: TraceEvent) => void;
}

export interface TraceResult {
  run: RunResult;
  /** jsonl: the events (empty when onEvent took them). */
  events: TraceEvent[];
  /** The research formats: the text; pytutor: the document. */
  text?: string;
  pytutor?: PyTutorTrace;
}

/** Runs a program and records its trace (shared/spec/trace.md). */
export function trace(source: string, options: TraceOptions = {}): TraceResult {
  const { level = 'line', format = 'jsonl', state = 'full', maxRepr, skip, onEvent, ...runOptions } = options;
  const filename = runOptions.filename ?? '<source>';
  if (format === 'jsonl') {
    const tracer = new Tracer({
      level, state, keep: onEvent === undefined,
      ...(maxRepr === undefined ? {} : { maxRepr }),
      ...(onEvent === undefined ? {} : { onEvent }),
    });
    const run = runSource(source, { ...runOptions, filename, tracer });
    return { run, events: tracer.events };
  }
  const parts: string[] = [];
  const formatted = formatTrace({
    format, level, state, skip: skip ?? 1, source, ...(maxRepr === undefined ? {} : { maxRepr }),
    write: (text) => { parts.push(text); },
  });
  const run = runSource(source, { ...runOptions, filename, tracer: formatted.hooks });
  formatted.finish();
  const text = parts.join('');
  return format === 'pytutor' ? { run, events: [], pytutor: JSON.parse(text) as PyTutorTrace } : { run, events: [], text };
}

/** `ast.dump(ast.parse(source))` as CPython 3.12 prints it; throws PySyntaxError. */
export function astDump(source: string, filename = '<unknown>'): string {
  return dump(parse(source, filename));
}

/** `python3 -m dis` of a module's source; throws PySyntaxError. */
export function disassembleSource(source: string, filename = '<source>'): string {
  return disassemble(compile(source, filename, { startDepth: DIS_MODULE_START_DEPTH }));
}

// One batch task: reading it from its JSONL line (on the main thread, so a bad
// line costs no worker round trip) and executing it (in a worker thread).
// Failures become results, following src/testing/oracle.py: a line that is not
// a task gets `ok: false` with the id it had (null when none could be read).
import type { BatchOptions, BatchResult, BatchTask, JsonValue, PyTutorTrace, TaskMode } from '../batch/schema.js';
import type { TraceHooks } from '../trace/hooks.js';
import { describeUtf8Error } from './source-file.js';

const MODES: readonly TaskMode[] = ['run', 'ast', 'dis'];

export type TaskLine = { task: BatchTask } | { result: BatchResult };

function isRecord(value: unknown): value is Record<string, JsonValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(id: JsonValue, message: string): TaskLine {
  return { result: { id, ok: false, error: `ValueError: ${message}` } };
}

// Like Python's json.loads(bytes): strict UTF-8, a leading BOM dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function readTaskLine(line: Uint8Array): TaskLine {
  let text: string;
  try {
    text = utf8.decode(line);
  } catch {
    return invalid(null, `malformed task line: 'utf-8' codec ${describeUtf8Error(line)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return invalid(null, `malformed task line: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(value)) return invalid(null, 'a task is an object with a string "source"');
  const id = value.id ?? null;
  const { source, expr, mode, stdin } = value;
  if (typeof source !== 'string') return invalid(id, 'a task is an object with a string "source"');
  const knownMode = mode === undefined ? 'run' : MODES.find((m) => m === mode);
  if (knownMode === undefined) return invalid(id, `unknown mode ${JSON.stringify(mode)}`);
  if (expr !== undefined && expr !== null && typeof expr !== 'string') return invalid(id, 'task field "expr" must be a string');
  if (stdin !== undefined && stdin !== null && typeof stdin !== 'string') return invalid(id, 'task field "stdin" must be a string');
  const task: BatchTask = { id, source, mode: knownMode };
  if (typeof expr === 'string') task.expr = expr;
  if (typeof stdin === 'string') task.stdin = stdin;
  return { task };
}

export async function executeTask(task: BatchTask, options: BatchOptions): Promise<BatchResult> {
  const mode = task.mode ?? 'run';
  if (mode === 'ast') return astResult(task);
  if (mode === 'dis') return disResult(task);
  return runResult(task, options);
}

async function runResult(task: BatchTask, options: BatchOptions): Promise<BatchResult> {
  const { runSource } = await import('../vm/interpreter.js');
  const traced = options.trace === 'none' ? null : await taskTracer(task, options);
  const tracer = traced === null ? null : traced.hooks;
  try {
    const r = runSource(task.source, {
      filename: '<source>',
      ...(task.stdin === undefined ? {} : { stdin: task.stdin }),
      ...(task.expr === undefined ? {} : { expr: task.expr }),
      maxSteps: options.maxSteps,
      countSteps: true,
      ...(options.timeoutMs > 0 ? { timeoutMs: options.timeoutMs, now: Date.now } : {}),
      argv: ['<source>'],
      ...(tracer === null ? {} : { tracer }),
    });
    const result: BatchResult = { id: task.id, ok: r.ok, stdout: r.stdout };
    if (r.value !== undefined) result.value = r.value;
    if (!r.ok && r.error !== undefined) result.error = r.error;
    result.steps = r.steps;
    if (traced !== null) {
      const { trace, chars } = traced.finish();
      result.trace = trace;
      result.chars = chars;
    }
    return result;
  } catch (error) {
    return internalErrorResult(task.id, error);
  }
}

/**
 * The tracer of a traced task and what its result gets: the events (jsonl),
 * Python Tutor's document (pytutor) or the text, and `chars`, the code
 * points of the trace as `etpy trace --format F` writes it.
 */
async function taskTracer(task: BatchTask, options: BatchOptions): Promise<{
  hooks: TraceHooks;
  finish: () => { trace: NonNullable<BatchResult['trace']>; chars: number };
}> {
  const level = options.trace === 'opcode' ? 'opcode' : 'line';
  const maxRepr = options.maxRepr === undefined ? {} : { maxRepr: options.maxRepr };
  const { formatTrace, codePointLength } = await import('../trace/formats/index.js');
  if (options.format === 'jsonl') {
    const { Tracer } = await import('../trace/tracer.js');
    const tracer = new Tracer({ level, state: options.state, ...maxRepr });
    return {
      hooks: tracer,
      finish: () => {
        let chars = 0;
        for (const ev of tracer.events) chars += codePointLength(JSON.stringify(ev)) + 1;
        return { trace: tracer.events, chars };
      },
    };
  }
  const parts: string[] = [];
  const formatted = formatTrace({
    format: options.format, level, skip: options.skip, source: task.source, ...maxRepr,
    write: (text) => { parts.push(text); },
  });
  return {
    hooks: formatted.hooks,
    finish: () => {
      formatted.finish();
      const text = parts.join('');
      const chars = codePointLength(text);
      return { trace: options.format === 'pytutor' ? (JSON.parse(text) as PyTutorTrace) : text, chars };
    },
  };
}

async function astResult(task: BatchTask): Promise<BatchResult> {
  // Loaded on the first `ast` task, so workers that only see other modes skip it.
  const { parse, dump, PySyntaxError } = await import('../parser/index.js');
  try {
    return { id: task.id, ok: true, ast: dump(parse(task.source)) };
  } catch (error) {
    if (error instanceof PySyntaxError) return { id: task.id, ok: false, error: error.lastLine };
    return internalErrorResult(task.id, error);
  }
}

async function disResult(task: BatchTask): Promise<BatchResult> {
  const [{ compile }, { disassemble }, { PySyntaxError }] = await Promise.all([
    import('../compiler/index.js'),
    import('../bytecode/dis.js'),
    import('../parser/index.js'),
  ]);
  try {
    // Code objects are named after `<source>`, as batch.md says tasks run.
    return { id: task.id, ok: true, dis: disassemble(compile(task.source, '<source>')) };
  } catch (error) {
    if (error instanceof PySyntaxError) return { id: task.id, ok: false, error: error.lastLine };
    return internalErrorResult(task.id, error);
  }
}

/** A bug in etpy while running one task: that task's result, never the batch's end. */
export function internalErrorResult(id: JsonValue, error: unknown): BatchResult {
  const message = error instanceof Error ? error.message : String(error);
  return { id, ok: false, error: `SystemError: etpy internal error: ${message.split('\n')[0] ?? ''}` };
}

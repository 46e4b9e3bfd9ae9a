// Runs one batch task (batch.md) in this thread and returns its result: the
// `etpy batch` workers call this, and so can any host (it is `runTask` in the
// package's API). Failures are results: a syntax error, an exception, the
// step limit, even a bug in etpy (a SystemError result), never a throw.
import type { BatchOptions, BatchResult, BatchTask, PyTutorTrace, TraceEvent } from './schema.js';
import { DEFAULT_BATCH_OPTIONS, internalErrorResult } from './schema.js';
import type { TraceHooks } from '../trace/hooks.js';
import { runSource } from '../vm/interpreter.js';
import { Tracer, type EncodedReprs } from '../trace/tracer.js';
import { JsonlEncoder } from '../trace/jsonl.js';
import { codePointLength, formatTrace } from '../trace/formats/index.js';
import { dump, parse, PySyntaxError } from '../parser/index.js';
import { exprWrappers, programs, type CompiledTask } from './compile-cache.js';
import { compile } from '../compiler/index.js';
import { disassemble } from '../bytecode/dis.js';
import { asciiOnly, isPrintableAscii, toAsciiJson } from './json-line.js';

export function runTask(task: BatchTask, options: Partial<BatchOptions> = {}): BatchResult {
  return taskResult(task, options, 'result').result;
}

/**
 * What a task's result is made for: runTask's record (`result`: events as
 * objects, `chars` counted), or runTaskLine's text (`line`: a jsonl trace's
 * events written as JSON as they come, `eventsJson`).
 */
type ResultFor = 'result' | 'line';

/** A jsonl trace's events as the text of a JSON array's items, each followed by a comma. */
interface EventsJson { text: string; count: number }

interface TaskOutcome {
  result: BatchResult;
  /** For 'line' and the jsonl format: the events (result.trace is then unset). */
  eventsJson?: EventsJson;
}

function taskResult(task: BatchTask, options: Partial<BatchOptions>, resultFor: ResultFor, compiled?: CompiledTask): TaskOutcome {
  const o: BatchOptions = { ...DEFAULT_BATCH_OPTIONS, ...options };
  const mode = task.mode ?? 'run';
  if (mode === 'ast') return { result: astResult(task) };
  if (mode === 'dis') return { result: disResult(task) };
  return runResult(task, o, resultFor, compiled);
}

/**
 * A task's results.jsonl line (with its newline), as `etpy batch` writes it:
 * runTask's result in Python's json.dumps (ensure_ascii) form. A trace of
 * events is written as JSON while the task runs (EventsText), its `chars`
 * counted from that text (runTask counts them event by event, so as never to
 * hold the whole text). `compiled`: what another thread compiled of the task
 * (TaskPrecompiler).
 */
export function runTaskLine(task: BatchTask, options: Partial<BatchOptions> = {}, compiled?: CompiledTask): { ok: boolean; line: string } {
  const { result, eventsJson } = taskResult(task, options, 'line', compiled);
  if (eventsJson === undefined) return { ok: result.ok, line: `${toAsciiJson(result)}\n` };
  // The trace and chars are the last fields (batch.md's order): the head's JSON with them appended.
  const events = eventsJson.count === 0 ? '[]' : `[${eventsJson.text.slice(0, -1)}]`;
  // One scan of the trace's text, the bulk of the line: most are ASCII, and then neither counting nor escaping reads it again.
  const ascii = isPrintableAscii(events);
  // Each event's line is its JSON and a newline; the array's text has a comma between events and two brackets.
  const chars = eventsJson.count === 0 ? 0 : (ascii ? events.length : codePointLength(events)) - 1;
  const headJson = JSON.stringify(result).slice(0, -1);
  const json = ascii
    ? `${asciiOnly(headJson)},"trace":${events},"chars":${chars}}`
    : asciiOnly(`${headJson},"trace":${events},"chars":${chars}}`);
  return { ok: result.ok, line: `${json}\n` };
}

/** The longest trace text kept: V8's longest string, where JSON.stringify of the events failed before (see finish). */
const MAX_TRACE_TEXT = 2 ** 29 - 24;

/**
 * runTaskLine's writer of a jsonl trace's events, one for the thread (a task
 * runs no other task): its encoder's buffer and cache of encoded names, and
 * its decoder, are made once.
 */
class EventsText {
  private readonly parts: string[] = [];
  private length = 0;
  private count = 0;
  private readonly decoder = new TextDecoder();
  // Each chunk ends where a piece of an event ends (jsonl.ts): valid UTF-8 on its own.
  private readonly jsonl = new JsonlEncoder((bytes) => {
    const text = this.decoder.decode(bytes);
    this.length += text.length;
    // Past the limit nothing is kept (finish raises): the text would only exhaust memory on its way there.
    if (this.length <= MAX_TRACE_TEXT) this.parts.push(text);
  }, { separator: ',' });

  /** Starts a trace (whatever a task that ended abnormally left is dropped). */
  begin(): void {
    this.jsonl.discard();
    this.parts.length = 0;
    this.length = 0;
    this.count = 0;
  }

  write(ev: TraceEvent, encoded: EncodedReprs | undefined): void {
    this.count++;
    this.jsonl.write(ev, encoded);
  }

  finish(): EventsJson {
    this.jsonl.flush();
    const parts = this.parts.splice(0);
    // As JSON.stringify of a trace this long raised (the task's result: an internal error).
    if (this.length > MAX_TRACE_TEXT) throw new RangeError('Invalid string length');
    return { text: parts.join(''), count: this.count };
  }
}

const eventsText = new EventsText();

function runResult(task: BatchTask, options: BatchOptions, resultFor: ResultFor, compiled: CompiledTask | undefined): TaskOutcome {
  try {
    const traced = options.trace === 'none' ? null : taskTracer(task, options, resultFor);
    const code = programs.get(task.source, compiled?.source);
    const exprCode = task.expr === undefined ? undefined : exprWrappers.get(task.expr, compiled?.expr);
    const r = runSource(task.source, {
      // A task's __main__ is python3 -c's (batch.md; the oracle's): no __file__.
      mainFile: false,
      ...(code === undefined ? {} : { code }),
      filename: '<source>',
      ...(task.stdin === undefined ? {} : { stdin: task.stdin }),
      ...(task.expr === undefined ? {} : { expr: task.expr }),
      ...(exprCode === undefined ? {} : { exprCode }),
      maxSteps: options.maxSteps,
      countSteps: true,
      ...(options.timeoutMs > 0 ? { timeoutMs: options.timeoutMs, now: Date.now } : {}),
      argv: ['<source>'],
      ...(traced === null ? {} : { tracer: traced.hooks }),
    });
    const result: BatchResult = { id: task.id, ok: r.ok, stdout: r.stdout };
    if (r.value !== undefined) result.value = r.value;
    if (!r.ok && r.error !== undefined) result.error = r.error;
    result.steps = r.steps;
    if (traced !== null) {
      const { trace, chars, eventsJson } = traced.finish();
      if (eventsJson !== undefined) return { result, eventsJson };
      result.trace = trace;
      if (chars !== undefined) result.chars = chars;
    }
    return { result };
  } catch (error) {
    return { result: internalErrorResult(task.id, error) };
  }
}

/**
 * The tracer of a traced task and what its result gets: the events (jsonl),
 * Python Tutor's document (pytutor) or the text, and `chars`, the code
 * points of the trace as `etpy trace --format F` writes it.
 */
function taskTracer(task: BatchTask, options: BatchOptions, resultFor: ResultFor): {
  hooks: TraceHooks;
  /** A jsonl trace for runTaskLine comes as eventsJson instead (it counts chars from its own text). */
  finish: () => { trace: NonNullable<BatchResult['trace']>; chars: number | undefined; eventsJson?: EventsJson };
} {
  const level = options.trace === 'opcode' ? 'opcode' : 'line';
  const maxRepr = options.maxRepr === undefined ? {} : { maxRepr: options.maxRepr };
  if (options.format === 'jsonl' && resultFor === 'line') {
    // Each event written as JSON at once, by `etpy trace`'s writer (jsonl.ts: the
    // repr cache's bytes for long reprs, no object walk), instead of kept as an
    // object until JSON.stringify of the whole trace: faster, and no event
    // outlives V8's young generation (kept to the end of long tasks, they made
    // V8 allocate every task's events in the old one, where dead events kept
    // young strings alive through scavenges).
    eventsText.begin();
    const tracer = new Tracer({
      level, state: options.state, ...maxRepr, keep: false, encodedReprs: true,
      onEvent: (ev, encoded) => { eventsText.write(ev, encoded); },
    });
    return { hooks: tracer, finish: () => ({ trace: [], chars: undefined, eventsJson: eventsText.finish() }) };
  }
  if (options.format === 'jsonl') {
    const tracer = new Tracer({ level, state: options.state, ...maxRepr });
    return {
      hooks: tracer,
      finish: () => {
        // Event by event: a long trace's JSON in one string would double its memory at its peak.
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

function astResult(task: BatchTask): BatchResult {
  try {
    return { id: task.id, ok: true, ast: dump(parse(task.source)) };
  } catch (error) {
    if (error instanceof PySyntaxError) return { id: task.id, ok: false, error: error.lastLine };
    return internalErrorResult(task.id, error);
  }
}

function disResult(task: BatchTask): BatchResult {
  try {
    // Code objects are named after `<source>`, as batch.md says tasks run.
    return { id: task.id, ok: true, dis: disassemble(compile(task.source, '<source>')) };
  } catch (error) {
    if (error instanceof PySyntaxError) return { id: task.id, ok: false, error: error.lastLine };
    return internalErrorResult(task.id, error);
  }
}

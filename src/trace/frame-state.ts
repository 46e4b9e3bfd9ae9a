// What tracers read from a paused frame, shared by the JSONL recorder
// (tracer.ts) and the embedding API (host.ts): f_locals in CPython's order,
// reprs that never fail, and a way to run Python code (a __repr__) without
// it being traced, counted or heard.
import { DELETED, PyModule, type PyDict, type PyValue } from '../vm/object.js';
import { fastLocalValue, type Frame } from '../vm/frame.js';
import { interpState } from '../vm/state.js';
import { StopExecution, toPyException } from '../vm/errors.js';
import { repr, str } from '../vm/protocols.js';
import { exceptionLine } from '../vm/traceback.js';

/**
 * frame.f_locals as CPython 3.12 keeps it: a function frame's locals dict
 * persists across events, so a name keeps the position of its first
 * appearance and an unbound name is removed; a module frame shows its
 * globals minus `__` names and modules; a class body its namespace.
 */
export class FrameLocals {
  private readonly fastLocals = new WeakMap<Frame, Map<string, PyValue>>();

  of(frame: Frame): Iterable<[string, PyValue]> {
    const dict = frame.locals;
    if (dict !== null) return dictItems(dict, dict === frame.globals);
    let order = this.fastLocals.get(frame);
    if (order === undefined) this.fastLocals.set(frame, (order = new Map()));
    const names = frame.code.co_localsplusnames;
    for (let i = 0; i < names.length; i++) {
      const v = fastLocalValue(frame, i);
      if (v === undefined) order.delete(names[i]!);
      else order.set(names[i]!, v);
    }
    return order;
  }
}

function dictItems(dict: PyDict, isGlobals: boolean): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  // The arrays as they are now: str() of an odd key may run code that changes the dict.
  const keys = dict.keys;
  const values = dict.values;
  const n = keys.length;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (k === DELETED) continue;
    const v = values[i]!;
    // str() of an odd key may run Python code: quietly, as the tracer reads locals.
    const name = typeof k === 'string' ? k : runQuietly(() => str(k));
    if (isGlobals && ((name.charCodeAt(0) === 95 && name.charCodeAt(1) === 95) || v instanceof PyModule)) continue;
    out.push([name, v]);
  }
  return out;
}

/** repr() that never fails: `<repr failed: Type: message>`, as the oracle writes it. */
export function safeRepr(value: PyValue): string {
  try {
    return repr(value);
  } catch (e) {
    if (e instanceof StopExecution) throw e;
    return `<repr failed: ${exceptionLine(toPyException(e))}>`;
  }
}

/**
 * Runs `fn` untraced and uncounted, as CPython runs nothing traced inside a
 * trace function. The program's output is discarded unless `keepOutput`
 * (code the program itself would have run, such as a generator's finally).
 */
export function runQuietly<T>(fn: () => T, keepOutput = false): T {
  const s = interpState;
  const saved = {
    tracer: s.tracer, maxSteps: s.maxSteps, countSteps: s.countSteps,
    stdout: s.stdout, onStdout: s.onStdout, stderr: s.stderr, onStderr: s.onStderr, handled: s.handled, frame: s.frame,
  };
  s.tracer = null;
  s.maxSteps = Infinity;
  s.countSteps = false;
  if (!keepOutput) {
    s.stdout = [];
    s.onStdout = null;
    s.stderr = [];
    s.onStderr = null;
  }
  try {
    return fn();
  } finally {
    Object.assign(s, saved);
  }
}

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
  /** Per function frame: its bound locals' indexes in order of first appearance, and which are bound. */
  private readonly fastLocals = new WeakMap<Frame, { order: number[]; bound: Uint8Array }>();

  of(frame: Frame): Iterable<[string, PyValue]> {
    const names: string[] = [];
    const values: PyValue[] = [];
    const n = this.collect(frame, names, values);
    return names.slice(0, n).map((name, i): [string, PyValue] => [name, values[i]!]);
  }

  /**
   * Writes the frame's f_locals names and values, in order, into `names` and
   * `values` from index 0, and returns how many (the tracer's per-event path:
   * reused arrays whose length is never set, no pairs, no Map).
   */
  collect(frame: Frame, names: string[], values: (PyValue | undefined)[]): number {
    const dict = frame.locals;
    if (dict !== null) return dictItems(dict, dict === frame.globals, names, values);
    const localNames = frame.code.co_localsplusnames;
    const n = localNames.length;
    let state = this.fastLocals.get(frame);
    if (state === undefined) this.fastLocals.set(frame, (state = { order: [], bound: new Uint8Array(n) }));
    const { bound } = state;
    let order = state.order;
    // Most events bind and unbind nothing: the order stands.
    for (let i = 0; i < n; i++) {
      const isBound = fastLocalValue(frame, i) === undefined ? 0 : 1;
      if (isBound === bound[i]) continue;
      bound[i] = isBound;
      if (isBound === 1) order.push(i);
      else order = state.order = order.filter((j) => j !== i);
    }
    for (let k = 0; k < order.length; k++) {
      const i = order[k]!;
      names[k] = localNames[i]!;
      values[k] = fastLocalValue(frame, i)!;
    }
    return order.length;
  }
}

function dictItems(dict: PyDict, isGlobals: boolean, names: string[], values: (PyValue | undefined)[]): number {
  // The arrays as they are now: str() of an odd key may run code that changes the dict.
  const keys = dict.keys;
  const dictValues = dict.values;
  const n = keys.length;
  let count = 0;
  let oddKeys = false;
  for (let i = 0; i < n; i++) {
    const k = keys[i]!;
    if (k === DELETED) continue;
    const v = dictValues[i]!;
    // str() of an odd key may run Python code: quietly, as the tracer reads locals.
    const name = typeof k === 'string' ? k : runQuietly(() => str(k));
    if (isGlobals && ((name.charCodeAt(0) === 95 && name.charCodeAt(1) === 95) || v instanceof PyModule)) continue;
    if (typeof k !== 'string') oddKeys = true;
    names[count] = name;
    values[count] = v;
    count++;
  }
  return oddKeys ? dedupe(names, values, count) : count;
}

/** Names made by str() of non-str keys may repeat one: the first position keeps the last value, as a dict of them would. */
function dedupe(names: string[], values: (PyValue | undefined)[], count: number): number {
  const last = new Map<string, PyValue>();
  for (let i = 0; i < count; i++) last.set(names[i]!, values[i]!);
  let k = 0;
  for (const [name, value] of last) {
    names[k] = name;
    values[k] = value;
    k++;
  }
  return k;
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

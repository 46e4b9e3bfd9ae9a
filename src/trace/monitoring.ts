// sys.monitoring (PEP 669) for Python code running in etpy, as CPython 3.12
// has it (Python/instrumentation.c): six tools, global and per-code event
// sets, one callback per tool and event, DISABLE for local events, and the
// event arguments of 3.12:
//   PY_START, PY_RESUME, INSTRUCTION (code, offset); LINE (code, line);
//   PY_RETURN, PY_YIELD (code, offset, value); CALL, C_RETURN, C_RAISE
//   (code, offset, callable, arg0 or MISSING); JUMP, BRANCH (code, offset,
//   destination); RAISE, RERAISE, EXCEPTION_HANDLED, PY_UNWIND, PY_THROW,
//   STOP_ITERATION (code, offset, exception).
// Callbacks run untraced and in tool order; C_RETURN and C_RAISE go to tools
// that set CALL (3.12 folds them into it). Offsets are byte offsets.
import type { CodeObject } from '../bytecode/code.js';
import { Op } from '../bytecode/opcodes.js';
import { PyDict, PyException, PyFunction, PyMethod, PyObject, PyCodeValue, type PyValue } from '../vm/object.js';
import { INSTRUCTION_SIZE, type Frame } from '../vm/frame.js';
import { None, builtinType, objectType } from '../vm/types.js';
import { callValue, defMethods } from '../vm/call.js';
import { pyErr } from '../vm/errors.js';
import { repr, stopIterationType, typeName } from '../vm/protocols.js';
import { intOf } from '../vm/number-arith.js';
import { codeValue } from '../vm/code-value.js';

/** Event numbers (bit positions), in CPython's order. */
export const EVENT_NAMES = [
  'PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'CALL', 'LINE', 'INSTRUCTION', 'JUMP', 'BRANCH',
  'STOP_ITERATION', 'RAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', 'PY_THROW', 'RERAISE', 'C_RETURN', 'C_RAISE',
] as const;
type EventName = (typeof EVENT_NAMES)[number];
const EV = Object.fromEntries(EVENT_NAMES.map((n, i) => [n, i])) as Record<EventName, number>;
const ALL_EVENTS = EVENT_NAMES.length;
/** Events that can be set per code object (and disabled per location). */
const LOCAL_EVENTS = 10;
const C_RETURN_EVENTS = (1 << EV.C_RETURN) | (1 << EV.C_RAISE);
const C_CALL_EVENTS = C_RETURN_EVENTS | (1 << EV.CALL);
const TOOLS = 6;

/** sys.monitoring.MISSING and DISABLE: plain `object()` sentinels. */
export const MISSING = new PyObject(objectType);
export const DISABLE = new PyObject(objectType);

export class Monitoring {
  private readonly names: (string | null)[] = new Array<string | null>(TOOLS).fill(null);
  private readonly global: number[] = new Array<number>(TOOLS).fill(0);
  private readonly local = new Map<CodeObject, number[]>();
  private readonly callbacks: (PyValue | null)[][] = Array.from({ length: TOOLS }, () => new Array<PyValue | null>(ALL_EVENTS).fill(null));
  /** Locations a callback returned DISABLE for: code → keys `(tool * 32 + event) * 2**20 + offset`. */
  private disabled = new Map<CodeObject, Set<number>>();
  /** Union of every tool's global and local events. */
  private any = 0;
  /** Runs a callback untraced (the bridge's invoke). */
  constructor(private readonly run: (fn: () => PyValue) => PyValue) {}

  get active(): boolean {
    return this.any !== 0;
  }

  get wantsInstructions(): boolean {
    return (this.any & (1 << EV.INSTRUCTION)) !== 0;
  }

  // --- the sys.monitoring functions ---------------------------------------

  useToolId(tool: number, name: PyValue): void {
    validTool(tool);
    if (typeof name !== 'string') throw pyErr('ValueError', 'tool name must be a str');
    if (this.names[tool] !== null) throw pyErr('ValueError', `tool ${tool} is already in use`);
    this.names[tool] = name;
  }

  freeToolId(tool: number): void {
    validTool(tool);
    this.names[tool] = null;
  }

  getTool(tool: number): PyValue {
    validTool(tool);
    return this.names[tool] ?? None;
  }

  registerCallback(tool: number, event: number, fn: PyValue): PyValue {
    validTool(tool);
    if (event <= 0 || (event & (event - 1)) !== 0) throw pyErr('ValueError', 'The callback can only be set for one event at a time');
    const id = Math.log2(event);
    if (id >= ALL_EVENTS) throw pyErr('ValueError', `invalid event ${event}`);
    const old = this.callbacks[tool]![id] ?? None;
    this.callbacks[tool]![id] = fn === None ? null : fn;
    return old;
  }

  getEvents(tool: number): number {
    validTool(tool);
    return this.global[tool]!;
  }

  setEvents(tool: number, events: number): void {
    validTool(tool);
    checkEventSet(events, ALL_EVENTS, 'invalid event set');
    if (this.names[tool] === null) throw pyErr('ValueError', `tool ${tool} is not in use`);
    this.global[tool] = events & ~C_RETURN_EVENTS;
    this.recount();
  }

  getLocalEvents(tool: number, code: PyValue): number {
    validTool(tool);
    return this.local.get(codeOf(code))?.[tool] ?? 0;
  }

  setLocalEvents(tool: number, code: PyValue, events: number): void {
    validTool(tool);
    const c = codeOf(code);
    checkEventSet(events, LOCAL_EVENTS, 'invalid local event set');
    if (this.names[tool] === null) throw pyErr('ValueError', `tool ${tool} is not in use`);
    let sets = this.local.get(c);
    if (sets === undefined) this.local.set(c, (sets = new Array<number>(TOOLS).fill(0)));
    sets[tool] = events;
    this.recount();
  }

  restartEvents(): void {
    this.disabled = new Map();
  }

  private recount(): void {
    let any = 0;
    for (const g of this.global) any |= g;
    for (const sets of this.local.values()) for (const l of sets) any |= l;
    this.any = any;
  }

  // --- events from the bridge ----------------------------------------------

  /** A frame starts or resumes (RESUME), or generator.throw() raises in it (frame.pendingThrow). */
  call(frame: Frame): void {
    if (frame.pendingThrow !== null) {
      this.fire(EV.PY_THROW, frame, frame.lasti, [frame.pendingThrow]);
      return;
    }
    if (frame.info.ops[frame.lasti] !== Op.RESUME) return;
    this.fire(frame.info.args[frame.lasti] === 0 ? EV.PY_START : EV.PY_RESUME, frame, frame.lasti, []);
  }

  ret(frame: Frame, value: PyValue | null, exc: PyException | undefined, at: number | undefined): void {
    if (value === null) {
      if (exc !== undefined) this.fire(EV.PY_UNWIND, frame, raisedAt(frame, at ?? frame.lasti), [exc]);
      return;
    }
    const op = frame.info.ops[frame.lasti];
    this.fire(op === Op.YIELD_VALUE ? EV.PY_YIELD : EV.PY_RETURN, frame, frame.lasti, [value]);
  }

  line(frame: Frame, line: number, pc: number): void {
    this.fire(EV.LINE, frame, pc, [line], true);
  }

  instruction(frame: Frame, pc: number): void {
    this.fire(EV.INSTRUCTION, frame, pc, []);
  }

  jump(frame: Frame, to: number, branch: boolean): void {
    this.fire(branch ? EV.BRANCH : EV.JUMP, frame, frame.lasti, [to * 2]);
  }

  callInstr(frame: Frame, callable: PyValue, arg0: PyValue | undefined): void {
    this.fire(EV.CALL, frame, frame.lasti, [callable, arg0 ?? MISSING]);
  }

  /** After a call that did not run a Python frame inline. */
  nativeReturn(frame: Frame, callable: PyValue, arg0: PyValue | undefined, raised: boolean): void {
    // Python code called through a function or bound method reports its own events instead.
    if (callable instanceof PyFunction || callable instanceof PyMethod) return;
    this.fire(raised ? EV.C_RAISE : EV.C_RETURN, frame, frame.lasti, [callable, arg0 ?? MISSING]);
  }

  exception(frame: Frame, exc: PyException): void {
    // A generator's end seen by FOR_ITER/SEND is an artificial StopIteration in 3.12.
    const op = frame.info.ops[frame.lasti]!;
    const artificial = (op === Op.END_FOR || op === Op.END_SEND || op === Op.FOR_ITER || op === Op.SEND) && exc.cls.isSubtypeOf(stopIterationType());
    this.fire(artificial ? EV.STOP_ITERATION : EV.RAISE, frame, raisedAt(frame, frame.lasti), [exc]);
  }

  reraise(frame: Frame, exc: PyException, at: number): void {
    this.fire(EV.RERAISE, frame, at, [exc]);
  }

  handled(frame: Frame, exc: PyException, target: number): void {
    this.fire(EV.EXCEPTION_HANDLED, frame, target, [exc]);
  }

  private eventsFor(tool: number, code: CodeObject): number {
    const l = this.local.get(code);
    return this.global[tool]! | (l === undefined ? 0 : l[tool]!);
  }

  /** Calls each tool's callback for `event` at code unit `unit` (its location for DISABLE). */
  private fire(event: number, frame: Frame, unit: number, rest: PyValue[], lineArg = false): void {
    const bit = 1 << event;
    const folded = event === EV.C_RETURN || event === EV.C_RAISE ? 1 << EV.CALL : bit;
    if ((this.any & folded) === 0) return;
    const code = frame.code;
    for (let tool = 0; tool < TOOLS; tool++) {
      if ((this.eventsFor(tool, code) & folded) === 0) continue;
      const fn = this.callbacks[tool]![event];
      if (fn === null || fn === undefined) continue;
      const key = (tool * 32 + event) * 2 ** 20 + unit;
      if (this.disabled.get(code)?.has(key) === true) continue;
      const args = lineArg ? [codeValue(code), ...rest] : [codeValue(code), unit * 2, ...rest];
      const result = this.run(() => callValue(fn, args, null));
      if (result !== DISABLE) continue;
      if (event >= LOCAL_EVENTS) {
        this.callbacks[tool]![event] = null;
        throw pyErr('ValueError', `Cannot disable ${EVENT_NAMES[event]} events. Callback removed.`);
      }
      let set = this.disabled.get(code);
      if (set === undefined) this.disabled.set(code, (set = new Set()));
      set.add(key);
    }
  }
}

/**
 * Where 3.12 says an exception was raised or unwound: the instruction, or
 * for one that came out of a Python callee run inline, the CALL's last
 * cache unit (the frame's prev_instr while the callee ran).
 */
function raisedAt(frame: Frame, unit: number): number {
  return frame.fromCall ? unit + INSTRUCTION_SIZE[frame.info.ops[unit]!]! - 1 : unit;
}

function validTool(tool: number): void {
  if (tool < 0 || tool >= TOOLS) throw pyErr('ValueError', `invalid tool ${tool} (must be between 0 and 5)`);
}

function checkEventSet(events: number, limit: number, what: string): void {
  if (events < 0 || events >= 2 ** ALL_EVENTS) throw pyErr('ValueError', `invalid event set 0x${(events >>> 0).toString(16)}`);
  if ((events & C_RETURN_EVENTS) !== 0 && (events & C_CALL_EVENTS) !== C_CALL_EVENTS) {
    throw pyErr('ValueError', 'cannot set C_RETURN or C_RAISE events independently');
  }
  if (events >= 2 ** limit) throw pyErr('ValueError', `${what} 0x${(events >>> 0).toString(16)}`);
}

function codeOf(v: PyValue): CodeObject {
  if (!(v instanceof PyCodeValue)) throw pyErr('TypeError', 'code must be a code object');
  return v.code;
}

/** A C int argument (argument clinic's `int`). */
export function intArg(v: PyValue): number {
  const n = typeof v === 'boolean' ? Number(v) : intOf(v);
  if (n === undefined) throw pyErr('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (typeof n === 'bigint' || n > 0x7fffffff || n < -0x80000000) throw pyErr('OverflowError', 'Python int too large to convert to C int');
  return n;
}

// --- sys.monitoring.events: a types.SimpleNamespace ----------------------

const namespaceType = builtinType('SimpleNamespace', objectType, { module: 'types', instanceDict: true });
defMethods(namespaceType, {
  __repr__: (self) => {
    const d = (self as PyObject).dict ?? new PyDict();
    const parts: string[] = [];
    for (const [k, v] of d.entries()) parts.push(`${String(k)}=${repr(v)}`);
    return `namespace(${parts.join(', ')})`;
  },
});

export function eventsNamespace(): PyObject {
  const ns = new PyObject(namespaceType);
  ns.dict = new PyDict();
  EVENT_NAMES.forEach((name, i) => ns.dict!.setStr(name, 1 << i));
  ns.dict.setStr('NO_EVENTS', 0);
  return ns;
}

// The embedding API for tracing: a host registers callbacks for `call`,
// `line`, `return`, `exception` and `opcode` events (settrace's frame-level
// events, with sys.monitoring's ways to narrow them: a set of events per code
// object, and DISABLE returned by a callback to silence that event at that
// instruction until restartEvents()). A callback gets a FrameView: plain
// fields about the event, and accessors that read the frame only when
// called (locals as values or reprs, the value stack, the iterators being
// looped over, the output so far). Nothing is copied or repr'd otherwise.
// A view is valid during its callback only.
import type { CodeObject } from '../bytecode/code.js';
import { OPCODE_INFO, Op } from '../bytecode/opcodes.js';
import type { PyException, PyValue } from '../vm/object.js';
import type { Frame } from '../vm/frame.js';
import { interpState } from '../vm/state.js';
import type { TraceHooks } from './hooks.js';
import { FrameLocals, runQuietly, safeRepr } from './frame-state.js';
import { nameRecord } from '../batch/schema.js';
import { ReprCache } from './repr-cache.js';
import { activeIterators, type ActiveIterator } from './formats/iterators.js';

/** Returned by a callback: no more of this event at this instruction (until restartEvents). */
export const DISABLE: unique symbol = Symbol('etpy.trace.DISABLE');
export type HostEvent = 'call' | 'line' | 'return' | 'exception' | 'opcode';
export type CallbackResult = void | typeof DISABLE;

export interface FrameView {
  readonly event: HostEvent;
  readonly code: CodeObject;
  /** co_qualname: `f`, `A.__init__`, `<module>`. */
  readonly qualname: string;
  readonly filename: string;
  /** frame.f_lineno; null for an instruction without a line. */
  readonly line: number | null;
  /** Byte offset of the instruction: the one about to run (line, opcode) or running (call, return, exception). */
  readonly offset: number;
  readonly opname: string;
  readonly arg: number;
  /** 1 for the outermost traced frame. */
  readonly depth: number;
  /** frame.f_locals, in CPython's order. */
  locals(): Map<string, PyValue>;
  /** repr() of each local (never fails: `<repr failed: …>`). */
  localReprs(): Record<string, string>;
  /** The value stack, bottom first (at line and opcode events; empty at the others). `undefined` is a NULL entry. */
  stack(): (PyValue | undefined)[];
  stackReprs(): string[];
  /** The iterators the frame is looping over, outermost first, with their positions where known. */
  iterators(): ActiveIterator[];
  /** Everything the program wrote to stdout so far. */
  stdout(): string;
}

export interface HostCallbacks {
  call?(frame: FrameView): CallbackResult;
  line?(frame: FrameView): CallbackResult;
  /** `value`: the returned or yielded value; null when an exception unwinds the frame. */
  return?(frame: FrameView, value: PyValue | null): CallbackResult;
  exception?(frame: FrameView, exception: PyException): CallbackResult;
  /** Called only when the tracer was made with `opcodes: true`. */
  opcode?(frame: FrameView): CallbackResult;
}

export interface HostTracerOptions {
  /** Deliver `opcode` events (one per instruction; RESUME gives none). */
  opcodes?: boolean;
  /** Which code objects are traced (default: all the program's code; etpy's own modules never are). */
  codeFilter?: (code: CodeObject) => boolean;
}

export class HostTracer implements TraceHooks {
  readonly opcodes: boolean;
  private readonly depths = new Map<Frame, number>();
  private readonly codeEvents = new WeakMap<CodeObject, ReadonlySet<HostEvent>>();
  private disabled = new WeakMap<CodeObject, Set<string>>();
  private readonly filter: ((code: CodeObject) => boolean) | undefined;
  readonly namespaces = new FrameLocals();
  readonly reprs = new ReprCache();

  constructor(private readonly callbacks: HostCallbacks, options: HostTracerOptions = {}) {
    this.opcodes = options.opcodes === true && callbacks.opcode !== undefined;
    this.filter = options.codeFilter;
  }

  /** The events delivered for one code object (sys.monitoring's set_local_events); null: all again. */
  setCodeEvents(code: CodeObject, events: readonly HostEvent[] | null): void {
    if (events === null) this.codeEvents.delete(code);
    else this.codeEvents.set(code, new Set(events));
  }

  /** Re-enables every location a callback disabled. */
  restartEvents(): void {
    this.disabled = new WeakMap();
  }

  call(frame: Frame): void {
    if (!this.traced(frame)) return;
    if (!this.depths.has(frame)) this.depths.set(frame, this.depths.size + 1);
    const fn = this.callbacks.call;
    if (fn !== undefined) this.deliver('call', frame, frame.lasti, null, 0, (v) => fn.call(this.callbacks, v));
  }

  line(frame: Frame, _line: number, pc: number): void {
    const fn = this.callbacks.line;
    if (fn !== undefined && this.traced(frame)) this.deliver('line', frame, pc, frame.stack, frame.sp, (v) => fn.call(this.callbacks, v));
  }

  ret(frame: Frame, value: PyValue | null): void {
    if (!this.traced(frame)) return;
    const fn = this.callbacks.return;
    if (fn !== undefined) this.deliver('return', frame, frame.lasti, null, 0, (v) => fn.call(this.callbacks, v, value));
    this.depths.delete(frame);
  }

  exception(frame: Frame, exc: PyException): void {
    const fn = this.callbacks.exception;
    if (fn !== undefined && this.traced(frame)) this.deliver('exception', frame, frame.lasti, null, 0, (v) => fn.call(this.callbacks, v, exc));
  }

  opcode(frame: Frame, pc: number, stack: readonly PyValue[], sp: number): void {
    const fn = this.callbacks.opcode;
    // No events for RESUME or what comes before it (3.12 does not instrument those).
    if (fn === undefined || pc <= frame.info.firstResume || frame.info.ops[pc] === Op.RESUME || !this.traced(frame)) return;
    this.deliver('opcode', frame, pc, stack, sp, (v) => fn.call(this.callbacks, v));
  }

  private traced(frame: Frame): boolean {
    return frame.info.traced && (this.filter === undefined || this.filter(frame.code));
  }

  private deliver(
    event: HostEvent, frame: Frame, unit: number, stack: readonly PyValue[] | null, sp: number,
    callback: (view: FrameView) => CallbackResult,
  ): void {
    const code = frame.code;
    const only = this.codeEvents.get(code);
    if (only !== undefined && !only.has(event)) return;
    const key = `${event}:${unit}`;
    if (this.disabled.get(code)?.has(key) === true) return;
    const view = new View(this, event, frame, unit < 0 ? 0 : unit, stack, sp, this.depths.get(frame) ?? 1);
    // Nothing the callback runs (reprs, Python code) is traced.
    const saved = interpState.tracer;
    interpState.tracer = null;
    let result: CallbackResult;
    try {
      result = callback(view);
    } finally {
      interpState.tracer = saved;
    }
    if (result !== DISABLE) return;
    let set = this.disabled.get(code);
    if (set === undefined) this.disabled.set(code, (set = new Set()));
    set.add(key);
  }
}

class View implements FrameView {
  readonly code: CodeObject;
  readonly qualname: string;
  readonly filename: string;
  readonly line: number | null;
  readonly offset: number;
  readonly opname: string;
  readonly arg: number;

  constructor(
    private readonly tracer: HostTracer, readonly event: HostEvent, private readonly frame: Frame, unit: number,
    private readonly live: readonly PyValue[] | null, private readonly sp: number, readonly depth: number,
  ) {
    this.code = frame.code;
    this.qualname = frame.code.co_qualname;
    this.filename = frame.code.co_filename;
    const line = frame.info.lines[unit] ?? -1;
    this.line = line < 0 ? null : line;
    this.offset = unit * 2;
    const op = frame.info.ops[unit]!;
    this.opname = OPCODE_INFO[op]?.name ?? `<${op}>`;
    this.arg = frame.info.args[unit] ?? 0;
  }

  locals(): Map<string, PyValue> {
    return new Map(this.tracer.namespaces.of(this.frame));
  }

  localReprs(): Record<string, string> {
    const out = nameRecord<string>();
    runQuietly(() => {
      for (const [name, value] of this.tracer.namespaces.of(this.frame)) out[name] = this.repr(value);
    });
    return out;
  }

  stack(): (PyValue | undefined)[] {
    return this.live === null ? [] : this.live.slice(0, this.sp);
  }

  stackReprs(): string[] {
    return runQuietly(() => this.stack().map((v) => (v === undefined ? '<NULL>' : this.repr(v))));
  }

  iterators(): ActiveIterator[] {
    return this.live === null ? [] : activeIterators(this.live, this.sp);
  }

  stdout(): string {
    return interpState.stdout.join('');
  }

  private repr(value: PyValue): string {
    return this.tracer.reprs.get(value) ?? safeRepr(value);
  }
}

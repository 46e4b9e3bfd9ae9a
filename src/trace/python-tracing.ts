// sys.settrace and sys.setprofile for Python code running in etpy: the eval
// loop's hooks (hooks.ts) call Python trace functions with CPython 3.12's
// legacy-tracing rules (Python/legacy_tracing.c, sysmodule.c):
// - a new or resumed frame calls the global trace function with 'call'; a
//   result other than None becomes the frame's f_trace;
// - 'line', 'return' (the value, None when an exception unwinds the frame),
//   'exception' ((type, value, traceback)) and, with f_trace_opcodes,
//   'opcode' go to f_trace; a result other than None replaces it;
// - the profile function gets 'call' and 'return' for every frame and
//   'c_call'/'c_return'/'c_exception' around builtin calls (arg: the
//   builtin); its result is ignored;
// - nothing is traced inside a trace or profile function; one that raises
//   is removed (settrace(None)) and its exception propagates from the traced
//   instruction;
// - a trace function may change the frame's variables through f_locals.
// A host tracer (etpy trace) keeps receiving every event alongside. Frames
// of etpy's own Python-written modules are not shown (their code is not
// CPython's), nor the frame that evaluates a batch task's `expr`.
import { PyBuiltin, PyException, type PyValue } from '../vm/object.js';
import type { Frame } from '../vm/frame.js';
import { None } from '../vm/types.js';
import { newTuple } from '../vm/list.js';
import { callValue } from '../vm/call.js';
import { interpState } from '../vm/state.js';
import { StopExecution } from '../vm/errors.js';
import { frameLocals, frameObjectOf, existingFrameObject, frameTracing, localsToFast, type PyFrameObject } from '../vm/frame-object.js';
import { tracingChanged } from '../vm/eval.js';
import type { TraceHooks } from './hooks.js';

type Event = 'call' | 'line' | 'return' | 'exception' | 'opcode' | 'c_call' | 'c_return' | 'c_exception';

export class PythonTracing implements TraceHooks {
  opcodes: boolean;
  traceFunc: PyValue | null = null;
  profileFunc: PyValue | null = null;

  constructor(readonly host: TraceHooks | null) {
    this.opcodes = host?.opcodes ?? false;
  }

  get active(): boolean {
    return this.traceFunc !== null || this.profileFunc !== null;
  }

  call(frame: Frame): void {
    this.host?.call(frame);
    if (!frame.info.traced) return;
    if (this.profileFunc !== null) this.profile(frame, 'call', None);
    const global = this.traceFunc;
    if (global === null) return;
    const fo = frameObjectOf(frame);
    const result = this.invoke(global, fo, 'call', None);
    if (result !== None) fo.trace = result;
  }

  line(frame: Frame, line: number, pc: number): void {
    this.host?.line(frame, line, pc);
    const fo = this.traced(frame);
    if (fo !== undefined && fo.traceLines) this.local(fo, 'line', None, pc);
  }

  ret(frame: Frame, value: PyValue | null): void {
    this.host?.ret(frame, value);
    if (!frame.info.traced) return;
    const fo = this.traced(frame);
    if (fo !== undefined) this.local(fo, 'return', value ?? None);
    if (this.profileFunc !== null) this.profile(frame, 'return', value ?? None);
  }

  exception(frame: Frame, exc: PyException): void {
    this.host?.exception(frame, exc);
    const fo = this.traced(frame);
    if (fo !== undefined) this.local(fo, 'exception', newTuple([exc.cls, exc, None]));
  }

  opcode(frame: Frame, pc: number, stack: readonly PyValue[], sp: number): void {
    if (this.host?.opcodes === true) this.host.opcode(frame, pc, stack, sp);
    const fo = this.traced(frame);
    if (fo !== undefined && fo.traceOpcodes) this.local(fo, 'opcode', None, pc);
  }

  /** A builtin called from a profiled frame: c_call, then c_return or c_exception. */
  nativeCall(frame: Frame, callable: PyValue, call: () => PyValue): PyValue {
    if (this.host?.nativeCall !== undefined) {
      const host = this.host;
      const inner = call;
      call = () => host.nativeCall!(frame, callable, inner);
    }
    if (this.profileFunc === null || !frame.info.traced || !(callable instanceof PyBuiltin)) return call();
    this.profile(frame, 'c_call', callable);
    let result: PyValue;
    try {
      result = call();
    } catch (e) {
      if (e instanceof PyException) this.profile(frame, 'c_exception', callable);
      throw e;
    }
    this.profile(frame, 'c_return', callable);
    return result;
  }

  /** The frame object when tracing is on and the frame has a local trace function. */
  private traced(frame: Frame): PyFrameObject | undefined {
    if (this.traceFunc === null) return undefined;
    const fo = existingFrameObject(frame);
    return fo !== undefined && fo.trace !== None ? fo : undefined;
  }

  /**
   * Calls f_trace. Line and opcode events come before the loop records the
   * instruction as the frame's last (frame.lasti): `pc` is the instruction
   * f_lasti and f_lineno show.
   */
  private local(fo: PyFrameObject, event: Event, arg: PyValue, pc?: number): void {
    const saved = fo.eventPc;
    if (pc !== undefined) fo.eventPc = pc;
    try {
      const result = this.invoke(fo.trace, fo, event, arg);
      if (result !== None) fo.trace = result;
    } finally {
      fo.eventPc = saved;
    }
  }

  private profile(frame: Frame, event: Event, arg: PyValue): void {
    const fn = this.profileFunc;
    if (fn !== null) this.invoke(fn, frameObjectOf(frame), event, arg, true);
  }

  /** Calls a trace or profile function untraced; one that raises is removed. */
  private invoke(fn: PyValue, fo: PyFrameObject, event: Event, arg: PyValue, isProfile = false): PyValue {
    const s = interpState;
    const saved = s.tracer;
    s.tracer = null;
    if (fo.localsDict !== null) frameLocals(fo);
    try {
      return callValue(fn, [fo, event, arg], null);
    } catch (e) {
      if (!(e instanceof StopExecution)) {
        if (isProfile) this.profileFunc = null;
        else {
          this.traceFunc = null;
          fo.trace = None;
        }
      }
      throw e;
    } finally {
      localsToFast(fo);
      s.tracer = saved === this && !this.active ? this.host : saved;
    }
  }
}

/** The bridge in use, if any (interpState.tracer is it while a trace or profile function is set). */
function bridge(): PythonTracing | null {
  const t = interpState.tracer;
  return t instanceof PythonTracing ? t : null;
}

function install(update: (b: PythonTracing) => void): void {
  const current = interpState.tracer;
  const b = current instanceof PythonTracing ? current : new PythonTracing(current);
  update(b);
  // 3.12: opcode events start at a settrace() after some frame set f_trace_opcodes.
  b.opcodes = (b.host?.opcodes ?? false) || (b.traceFunc !== null && opcodeTraceSet);
  interpState.tracer = b.active ? b : b.host;
  if (b.active) tracingChanged();
}

export function settrace(fn: PyValue): void {
  install((b) => {
    b.traceFunc = fn === None ? null : fn;
  });
}

export function setprofile(fn: PyValue): void {
  install((b) => {
    b.profileFunc = fn === None ? null : fn;
  });
}

export function gettrace(): PyValue {
  return bridge()?.traceFunc ?? None;
}

export function getprofile(): PyValue {
  return bridge()?.profileFunc ?? None;
}

/** Whether any frame ever set f_trace_opcodes to True (CPython's f_opcode_trace_set). */
let opcodeTraceSet = false;
frameTracing.onTraceOpcodes = () => {
  opcodeTraceSet = true;
};

// sys.settrace, sys.setprofile and sys.monitoring for Python code running in
// etpy: one bridge (per program run) that the eval loop's hooks (hooks.ts)
// call while any of them is on, and that calls the Python functions. Order
// of delivery, as in CPython 3.12: the host tracer (etpy trace) first, then
// the monitoring tools 0–5 (monitoring.ts), then settrace/setprofile, which
// 3.12 runs as tools 6 and 7 with these legacy rules (legacy_tracing.c,
// sysmodule.c):
// - a new or resumed frame calls the global trace function with 'call'; a
//   result other than None becomes the frame's f_trace;
// - 'line', 'return' (the value, None when an exception unwinds the frame),
//   'exception' ((type, value, traceback)) and, with f_trace_opcodes,
//   'opcode' go to f_trace; a result other than None replaces it;
// - the profile function gets 'call' and 'return' for every frame and
//   'c_call'/'c_return'/'c_exception' around builtin calls (arg: the
//   builtin); its result is ignored;
// - nothing is traced inside a callback; a trace or profile function that
//   raises is removed and its exception propagates from the traced
//   instruction;
// - a trace function may change the frame's variables through f_locals.
// Frames of etpy's own Python-written modules are not shown (their code is
// not CPython's), nor the frame that evaluates a batch task's `expr`.
import { PyBuiltin, PyException, type PyModule, type PyValue } from '../vm/object.js';
import type { Frame } from '../vm/frame.js';
import { None } from '../vm/types.js';
import { newTuple } from '../vm/list.js';
import { callValue } from '../vm/call.js';
import { interpState } from '../vm/state.js';
import { StopExecution } from '../vm/errors.js';
import { frameLocals, frameObjectOf, existingFrameObject, frameTracing, localsToFast, type PyFrameObject } from '../vm/frame-object.js';
import { tracingChanged } from '../vm/eval.js';
import type { TraceHooks } from './hooks.js';
import { Op } from '../bytecode/opcodes.js';
import { Monitoring } from './monitoring.js';

type Event = 'call' | 'line' | 'return' | 'exception' | 'opcode' | 'c_call' | 'c_return' | 'c_exception';

export class PythonTracing implements TraceHooks {
  opcodes = false;
  traceFunc: PyValue | null = null;
  profileFunc: PyValue | null = null;
  /** The tracer the host installed (etpy trace), which keeps receiving every event. */
  host: TraceHooks | null = null;
  readonly monitoring = new Monitoring((fn) => this.untraced(fn));
  /** Whether a frame ever set f_trace_opcodes to True (CPython's f_opcode_trace_set). */
  opcodeTraceSet = false;

  get active(): boolean {
    return this.traceFunc !== null || this.profileFunc !== null || this.monitoring.active;
  }

  /** Installs or removes the bridge after a change of trace function, profile function or monitored events. */
  refresh(): void {
    if (interpState.tracer !== this) this.host = interpState.tracer;
    // 3.12: opcode events start at a settrace() after some frame set f_trace_opcodes.
    this.opcodes = (this.host?.opcodes ?? false) || this.monitoring.wantsInstructions || (this.traceFunc !== null && this.opcodeTraceSet);
    interpState.tracer = this.active ? this : this.host;
    if (this.active) tracingChanged();
  }

  call(frame: Frame): void {
    this.host?.call(frame);
    if (!frame.info.traced) return;
    this.monitoring.call(frame);
    if (this.profileFunc !== null) this.profile(frame, 'call', None);
    const global = this.traceFunc;
    if (global === null) return;
    const fo = frameObjectOf(frame);
    const result = this.invoke(global, fo, 'call', None);
    if (result !== None) fo.trace = result;
  }

  line(frame: Frame, line: number, pc: number): void {
    this.host?.line(frame, line, pc);
    this.monitoring.line(frame, line, pc);
    const fo = this.traced(frame);
    if (fo !== undefined && fo.traceLines) this.local(fo, 'line', None, pc);
  }

  ret(frame: Frame, value: PyValue | null, exc?: PyException, at?: number): void {
    this.host?.ret(frame, value, exc, at);
    if (!frame.info.traced) return;
    this.monitoring.ret(frame, value, exc, at);
    const fo = this.traced(frame);
    if (fo !== undefined) this.local(fo, 'return', value ?? None);
    if (this.profileFunc !== null) this.profile(frame, 'return', value ?? None);
  }

  exception(frame: Frame, exc: PyException): void {
    this.host?.exception(frame, exc);
    if (!frame.info.traced) return;
    this.monitoring.exception(frame, exc);
    const fo = this.traced(frame);
    if (fo !== undefined) this.local(fo, 'exception', newTuple([exc.cls, exc, None]));
  }

  opcode(frame: Frame, pc: number, stack: readonly PyValue[], sp: number): void {
    if (this.host?.opcodes === true) this.host.opcode(frame, pc, stack, sp);
    // RESUME and what comes before it give no instruction event in 3.12.
    if (!frame.info.traced || pc <= frame.info.firstResume || frame.info.ops[pc] === Op.RESUME) return;
    if (this.monitoring.wantsInstructions) this.monitoring.instruction(frame, pc);
    const fo = this.traced(frame);
    if (fo !== undefined && fo.traceOpcodes) this.local(fo, 'opcode', None, pc);
  }

  jump(frame: Frame, to: number, branch: boolean): void {
    if (frame.info.traced) this.monitoring.jump(frame, to, branch);
  }

  callInstr(frame: Frame, callable: PyValue, arg0: PyValue | undefined): void {
    if (frame.info.traced) this.monitoring.callInstr(frame, callable, arg0);
  }

  reraise(frame: Frame, exc: PyException, at: number): void {
    if (frame.info.traced) this.monitoring.reraise(frame, exc, at);
  }

  handled(frame: Frame, exc: PyException, target: number): void {
    if (frame.info.traced) this.monitoring.handled(frame, exc, target);
  }

  /** A call that does not run a Python frame inline: C_RETURN/C_RAISE, and the profile's c_call events for builtins. */
  nativeCall(frame: Frame, callable: PyValue, call: () => PyValue, arg0?: PyValue): PyValue {
    const host = this.host;
    const inner = host?.nativeCall === undefined ? call : () => host.nativeCall!(frame, callable, call, arg0);
    if (!frame.info.traced) return inner();
    const profiled = this.profileFunc !== null && callable instanceof PyBuiltin;
    if (profiled) this.profile(frame, 'c_call', callable);
    let result: PyValue;
    try {
      result = inner();
    } catch (e) {
      if (!(e instanceof StopExecution)) {
        this.monitoring.nativeReturn(frame, callable, arg0, true);
        if (profiled) this.profile(frame, 'c_exception', callable);
      }
      throw e;
    }
    this.monitoring.nativeReturn(frame, callable, arg0, false);
    if (profiled) this.profile(frame, 'c_return', callable);
    return result;
  }

  /** The frame object when settrace is on and the frame has a local trace function. */
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

  /** Calls a trace or profile function; one that raises is removed. */
  private invoke(fn: PyValue, fo: PyFrameObject, event: Event, arg: PyValue, isProfile = false): PyValue {
    if (fo.localsDict !== null) frameLocals(fo);
    try {
      return this.untraced(() => callValue(fn, [fo, event, arg], null));
    } catch (e) {
      if (!(e instanceof StopExecution)) {
        if (isProfile) this.profileFunc = null;
        else {
          this.traceFunc = null;
          fo.trace = None;
        }
        this.refresh();
      }
      throw e;
    } finally {
      localsToFast(fo);
    }
  }

  /**
   * Runs a trace function or monitoring callback as CPython does, with
   * tracing off (tstate->tracing): its lines are not events, and they do not
   * count as steps (the step limit still stops a callback that never ends).
   */
  private untraced(fn: () => PyValue): PyValue {
    const s = interpState;
    const saved = s.tracer;
    const steps = s.steps;
    s.tracer = null;
    try {
      return fn();
    } finally {
      s.tracer = saved === this && !this.active ? this.host : saved;
      if (s.steps < s.maxSteps) s.steps = steps;
    }
  }
}

/** The bridge of the running program (created on first use; programs never share one). */
const bridges = new WeakMap<Map<string, PyModule>, PythonTracing>();

export function pythonTracing(): PythonTracing {
  let b = bridges.get(interpState.modules);
  if (b === undefined) bridges.set(interpState.modules, (b = new PythonTracing()));
  return b;
}

export function settrace(fn: PyValue): void {
  const b = pythonTracing();
  b.traceFunc = fn === None ? null : fn;
  b.refresh();
}

export function setprofile(fn: PyValue): void {
  const b = pythonTracing();
  b.profileFunc = fn === None ? null : fn;
  b.refresh();
}

export function gettrace(): PyValue {
  return pythonTracing().traceFunc ?? None;
}

export function getprofile(): PyValue {
  return pythonTracing().profileFunc ?? None;
}

frameTracing.onTraceOpcodes = () => {
  pythonTracing().opcodeTraceSet = true;
};

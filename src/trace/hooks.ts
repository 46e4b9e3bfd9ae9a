// What the eval loop calls while a tracer is set (interpState.tracer). The
// loop checks one local per instruction, as for step counting; nothing here
// runs when tracing is off. Events follow CPython 3.12's sys.settrace (see
// shared/spec/trace.md and src/testing/oracle_tracer.py).
import type { PyException, PyValue } from '../vm/object.js';
import type { Frame } from '../vm/frame.js';

export interface TraceHooks {
  /** Also emit `opcode` events (the loop calls `opcode` before each instruction). */
  readonly opcodes: boolean;
  /** A frame starts (RESUME 0), resumes (RESUME after a yield) or is thrown into. */
  call(frame: Frame): void;
  /** A `line` event at `line` (already counted as a step), before the instruction at code unit `pc` runs. */
  line(frame: Frame, line: number, pc: number): void;
  /** The frame returns or yields `value`; null when the exception `exc` unwinds it from code unit `at`. */
  ret(frame: Frame, value: PyValue | null, exc?: PyException, at?: number): void;
  /** An exception is raised in the frame or passes through it. */
  exception(frame: Frame, exc: PyException): void;
  /** The instruction at code unit `pc` is about to run; `stack[0..sp)` is the value stack. */
  opcode(frame: Frame, pc: number, stack: readonly PyValue[], sp: number): void;
  // The optional hooks below serve sys.monitoring (src/trace/monitoring.ts).
  /** Control moves from the instruction at frame.lasti to code unit `to`: JUMP (unconditional) or BRANCH (taken or not). */
  jump?(frame: Frame, to: number, branch: boolean): void;
  /** A CALL instruction is about to call `callable`; `arg0` is its first argument (undefined: none). */
  callInstr?(frame: Frame, callable: PyValue, arg0: PyValue | undefined): void;
  /** An exception is re-raised at code unit `at` (RERAISE and the like), which gives no `exception` event. */
  reraise?(frame: Frame, exc: PyException, at: number): void;
  /** A handler of the frame, starting at code unit `target`, catches `exc`. */
  handled?(frame: Frame, exc: PyException, target: number): void;
  /** Optional: wraps a call to native code from a traced frame (sys.setprofile's c_call events). */
  nativeCall?(frame: Frame, callable: PyValue, call: () => PyValue, arg0?: PyValue): PyValue;
}

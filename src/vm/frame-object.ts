// Python's frame objects (`sys._getframe()`, the first argument of a trace
// function): a view of a running VM Frame, made on first request and then
// the same object for that frame. f_locals follows CPython 3.12: a function
// frame's locals dict is refreshed from the fast locals on each access, and
// after a trace function returns, what it wrote into that dict is copied back
// (PyFrame_LocalsToFast), so a debugger can change a variable.
import { CO_FAST_CELL, CO_FAST_FREE } from '../bytecode/code.js';
import { PyCell, PyDict, PyObject, type PyValue } from './object.js';
import { None, builtinType, newDict, objectType } from './types.js';
import { fastLocalValue, type Frame } from './frame.js';
import { codeValue } from './code-value.js';
import { argRange, builtinFunction, defGetSet, defMethods } from './call.js';
import { hexAddress, typeName } from './protocols.js';
import { ssizeOf } from './slice.js';
import { pyErr, typeError } from './errors.js';
import { interpState } from './state.js';

export const frameType = builtinType('frame', objectType, { subclassable: false });

export class PyFrameObject extends PyObject {
  /** Holds Python values a generator-release walk cannot list (release.ts). */
  get holdsUnlistedValues(): boolean {
    return true;
  }

  /** f_trace: the frame's local trace function (None when not traced). */
  trace: PyValue = None;
  traceLines = true;
  traceOpcodes = false;
  /** A function frame's f_locals dict, once asked for. */
  localsDict: PyDict | null = null;
  /** The instruction of a line or opcode event being delivered (the loop has not moved lasti to it yet). */
  eventPc: number | undefined = undefined;
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}

const frameObjects = new WeakMap<Frame, PyFrameObject>();

export function frameObjectOf(frame: Frame): PyFrameObject {
  let fo = frameObjects.get(frame);
  if (fo === undefined) frameObjects.set(frame, (fo = new PyFrameObject(frame)));
  return fo;
}

/** The frame object of `frame` if Python code has seen it. */
export function existingFrameObject(frame: Frame): PyFrameObject | undefined {
  return frameObjects.get(frame);
}

/** Hooks the tracing bridge (src/trace/python-tracing.ts) sets: f_trace_opcodes needs opcode events. */
export const frameTracing: { onTraceOpcodes: () => void } = { onTraceOpcodes: () => {} };

/** frame.f_locals: the namespace of a module or class body; a function's locals refreshed into its dict. */
export function frameLocals(fo: PyFrameObject): PyDict {
  const frame = fo.frame;
  if (frame.locals !== null) return frame.locals;
  const d = fo.localsDict ?? (fo.localsDict = newDict());
  const names = frame.code.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    const v = fastLocalValue(frame, i);
    if (v === undefined) d.deleteStr(names[i]!);
    else d.setStr(names[i]!, v);
  }
  return d;
}

/**
 * After a trace function: copy the f_locals dict back into the fast locals,
 * as CPython 3.12's PyFrame_LocalsToFast(frame, 1) does (a name removed from
 * the dict makes a bound local None; cells are written through).
 */
export function localsToFast(fo: PyFrameObject): void {
  const d = fo.localsDict;
  const frame = fo.frame;
  if (d === null || frame.locals !== null) return;
  const names = frame.code.co_localsplusnames;
  const kinds = frame.code.co_localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let value: PyValue | undefined = d.getStr(names[i]!);
    const old = frame.localsplus[i];
    const cell = (kinds[i]! & (CO_FAST_CELL | CO_FAST_FREE)) !== 0 && old instanceof PyCell ? old : null;
    if (cell !== null) {
      if (value !== cell.value) cell.value = value;
    } else if (value !== old) {
      if (value === undefined) value = None;
      frame.localsplus[i] = value;
    }
  }
}

/** `sys._getframe([depth])`. */
export const getframe = builtinFunction('_getframe', (args, kw) => {
  argRange('_getframe', args, kw, 0, 1);
  let depth = args.length === 0 ? 0 : ssizeOf(args[0]!, 'OverflowError');
  let frame = interpState.frame;
  while (depth > 0 && frame !== null) {
    frame = frame.back;
    depth--;
  }
  if (frame === null) throw pyErr('ValueError', 'call stack is not deep enough');
  return frameObjectOf(frame);
});

function self(v: PyValue): PyFrameObject {
  if (!(v instanceof PyFrameObject)) throw typeError(`descriptor requires a 'frame' object but received '${typeName(v)}'`);
  return v;
}

defGetSet(frameType, 'f_back', (v) => {
  const back = self(v).frame.back;
  return back === null ? None : frameObjectOf(back);
});
defGetSet(frameType, 'f_code', (v) => codeValue(self(v).frame.code));
defGetSet(frameType, 'f_globals', (v) => self(v).frame.globals);
defGetSet(frameType, 'f_builtins', (v) => self(v).frame.builtins);
defGetSet(frameType, 'f_locals', (v) => frameLocals(self(v)));
/** The code unit f_lasti and f_lineno describe. */
function lastUnit(fo: PyFrameObject): number {
  return fo.eventPc ?? fo.frame.lasti;
}

function lineOf(fo: PyFrameObject): number {
  const line = fo.frame.info.lines[Math.max(lastUnit(fo), 0)] ?? -1;
  return line < 0 ? fo.frame.code.co_firstlineno : line;
}

defGetSet(frameType, 'f_lasti', (v) => {
  const unit = lastUnit(self(v));
  return unit < 0 ? -1 : unit * 2;
});
defGetSet(frameType, 'f_lineno', (v) => lineOf(self(v)));
defGetSet(frameType, 'f_trace', (v) => self(v).trace, (v, value) => {
  self(v).trace = value ?? None;
});
defGetSet(frameType, 'f_trace_lines', (v) => self(v).traceLines, (v, value) => {
  if (typeof value !== 'boolean') throw typeError('attribute value type must be bool');
  self(v).traceLines = value;
});
defGetSet(frameType, 'f_trace_opcodes', (v) => self(v).traceOpcodes, (v, value) => {
  if (typeof value !== 'boolean') throw typeError('attribute value type must be bool');
  self(v).traceOpcodes = value;
  if (value) frameTracing.onTraceOpcodes();
});
defMethods(frameType, {
  __repr__: (v) => {
    const f = self(v).frame;
    return `<frame at ${hexAddress(v as PyObject)}, file '${f.code.co_filename}', line ${lineOf(self(v))}, code ${f.code.co_name}>`;
  },
  clear: (v) => {
    const fo = self(v);
    for (let f: Frame | null = interpState.frame; f !== null; f = f.back) {
      if (f === fo.frame) throw pyErr('RuntimeError', 'cannot clear an executing frame');
    }
    fo.frame.localsplus.fill(undefined);
    return None;
  },
});


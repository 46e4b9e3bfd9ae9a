// What compiled code (jit.ts) calls, and when it runs. A code object is
// compiled on its second entry; its compiled function runs a frame only
// while the run is untraced and counts no steps, and leaves for the eval loop
// (`bail`) as soon as a tracer is set.
//
// A compiled function runs `frame` from frame.pc to its end with the eval
// loop's contract for a frame: the Python depth is counted by whoever enters
// it, frame.back is set and interpState.frame is the frame; at its return or
// when an exception leaves it, depth is uncounted and interpState.frame is
// frame.back again.
//
// Python-to-Python calls from compiled code recurse in JavaScript (the eval
// loop runs a callee inline instead), so they are compiled only to a fixed
// nesting; deeper calls run in the eval loop, which needs no JavaScript stack
// per Python frame.
import {
  PyException, PyFunction, PyList, PyMethod, PyMethodDescr, PyNativeIterator, PyTuple, PyCell, type PyValue,
} from './object.js';
import { None, cellType, excType, floatType, listType, strType, tupleType, typeOf } from './types.js';
import type { CodeInfo, Frame } from './frame.js';
import { newFrame, newFrameFromStack } from './frame.js';
import { interpState as st } from './state.js';
import { StopExecution, pyErr, toPyException } from './errors.js';
import { addTraceback } from './traceback.js';
import { compileJit, type JitFunction } from './jit.js';
import { droppable, droppableIterator, droppableTemporary, dropValue, releaseFrame } from './release.js';
import {
  Reraise, callAndDrop, callMethodAndDrop, checkDeadline, contextCycle, continueFrame, derefError, dropOnUnwind,
} from './eval.js';
import {
  contains, delItem, getItem, getIter, iterNext, richCompare, setAttr, setItem, stopIterationType, truthy,
} from './protocols.js';
import { Generator, finishGenerator, makeGenerator } from './generator.js';
import { binaryOp, unaryInvert, unaryNegative } from './operators.js';
import {
  afterWithExit, beforeWith, buildSlice, callIntrinsic1, callIntrinsic2, checkExcMatch, dictMerge, dictUpdate,
  formatValue, getLen, importFrom, importName, listExtend, loadAttrMethod, loadAttrSlow, loadSuperAttr, makeFunction,
  nameError, loadGlobalSlow, NO_CLASS_ATTR, STORE_IN_DICT, storeAttrSlow, raiseFrom, getYieldFromIter, sendToIterator, cleanupThrow,
  starArgs, starKwargs, matchMapping, matchSequence, matchKeys, matchClass, reraiseActive, setUpdate, unboundLocal, unpackEx, unpackSequence,
} from './eval-support.js';
import {
  buildConstKeyMap, buildMap, buildSet, callSite, decodeCall, deleteName, listAppend, loadBuildClass, loadName, mapAdd, popExcept, setAdd, storeName,
} from './eval-ops.js';
import { callValue } from './call.js';

/**
 * When code is compiled: at a code object's `compileAfter`-th entry (code run
 * once, a module body, is not worth compiling), or when the eval loop has made
 * `osrAfter` backward jumps in it (the rest of the frame then runs compiled
 * from the loop's head: eval.ts JUMP_BACKWARD).
 */
export const jitPolicy = { compileAfter: 2, osrAfter: 200 };

/** Compiled frames one inside another on the JavaScript stack (each Python call from compiled code adds one). */
const MAX_NESTING = 48;
let nesting = 0;

let enabled = true;

/**
 * runSource's `jit`: false runs everything in the eval loop; 'eager' compiles
 * every code object at its first entry and loop (tests use it to run all of
 * their programs compiled).
 */
export function setJitMode(mode: boolean | 'eager'): void {
  enabled = mode !== false;
  jitPolicy.compileAfter = mode === 'eager' ? 1 : 2;
  jitPolicy.osrAfter = mode === 'eager' ? 1 : 200;
}

/**
 * An exception leaving a compiled frame called from Python: the caller adds
 * its traceback entry but, unlike for a new raise, does not set its context
 * (as when the eval loop unwinds a callee it ran inline).
 */
export class Propagating {
  constructor(readonly exc: PyException) {}
}

/** The compiled function for `info`'s code, if this entry may run it (compiling it on its second entry). */
export function jitFor(info: CodeInfo): JitFunction | null {
  if (!enabled || st.tracer !== null || st.maxSteps !== Infinity || st.countSteps || nesting >= MAX_NESTING) {
    return null;
  }
  const fn = info.jit;
  if (fn !== undefined) return fn;
  if (++info.jitEntries < jitPolicy.compileAfter) return null;
  return (info.jit = compileJit(info, runtime()));
}

/** The compiled function for a frame looping in the eval loop (compiled now if need be), if it may run. */
export function jitForLoop(info: CodeInfo): JitFunction | null {
  if (!enabled || st.tracer !== null || st.maxSteps !== Infinity || st.countSteps || nesting >= MAX_NESTING) {
    return null;
  }
  if (info.jit === undefined) info.jit = compileJit(info, runtime());
  return info.jit;
}

/** Runs a compiled frame whose depth is counted and whose back is set. */
export function runCompiled(frame: Frame, fn: JitFunction): PyValue {
  st.frame = frame;
  nesting++;
  try {
    return fn(frame);
  } finally {
    nesting--;
  }
}

/** A Python function's frame called from Python code: compiled if it may be, else in the eval loop. */
export function callFrame(callee: Frame, fn: JitFunction | null): PyValue {
  if (++st.depth > st.recursionLimit) {
    st.depth--;
    throw pyErr('RecursionError', 'maximum recursion depth exceeded');
  }
  callee.back = st.frame;
  callee.calledInline = true;
  try {
    return fn !== null ? runCompiled(callee, fn) : continueFrame(callee);
  } catch (e) {
    if (e instanceof PyException) throw new Propagating(e);
    throw e;
  }
}

/**
 * callFrame for a compiled callee, in one function: the call every Python
 * function call from compiled code makes. (callFrame calling runCompiled, or
 * one function for both cases, measured 15-20% slower on recursive calls.)
 */
function callCompiled(callee: Frame, fn: JitFunction): PyValue {
  if (++st.depth > st.recursionLimit) {
    st.depth--;
    throw pyErr('RecursionError', 'maximum recursion depth exceeded');
  }
  callee.back = st.frame;
  callee.calledInline = true;
  st.frame = callee;
  nesting++;
  try {
    return fn(callee);
  } catch (e) {
    if (e instanceof PyException) throw new Propagating(e);
    throw e;
  } finally {
    nesting--;
  }
}

/** A call's arguments stack[start..start+n) as a new array: literals for the usual few (Array.prototype.slice costs more). */
function argsAt(stack: PyValue[], start: number, n: number): PyValue[] {
  switch (n) {
    case 0: return [];
    case 1: return [stack[start]!];
    case 2: return [stack[start]!, stack[start + 1]!];
    case 3: return [stack[start]!, stack[start + 1]!, stack[start + 2]!];
    default: return stack.slice(start, start + n);
  }
}

/** CALL from compiled code: the eval loop's CALL, with the callee's frame run by callFrame. */
function jitCall(frame: Frame, stack: PyValue[], base: number, oparg: number, kwnames: PyTuple | null): PyValue {
  if (kwnames === null) {
    // The common call first: a Python function given exactly its positional parameters.
    let callable = stack[base];
    let argStart = base + 1;
    let n = oparg + 1;
    if (callable === undefined) {
      callable = stack[base + 1];
      argStart = base + 2;
      n = oparg;
    }
    if (callable instanceof PyFunction) {
      const callee = newFrameFromStack(callable, stack, argStart, n);
      if (callee !== null) {
        frame.sp = base;
        // Compiled code runs only untraced and uncounted, so of jitFor's conditions these two are left.
        const fn = callee.info.jit;
        if (fn && nesting < MAX_NESTING && st.tracer === null) return callCompiled(callee, fn);
        return callFrame(callee, jitFor(callee.info));
      }
    } else if (!(callable instanceof PyMethod)) {
      // Native code (a bound method object goes the long way: its self takes the NULL's place).
      frame.sp = argStart + n;
      if (callable instanceof PyMethodDescr && n > 0 && typeOf(stack[argStart]!) === callable.owner) {
        return callMethodAndDrop(callable, stack[argStart]!, argsAt(stack, argStart + 1, n - 1), null, frame, base);
      }
      return callAndDrop(callable!, argsAt(stack, argStart, n), null, frame, base);
    }
  }
  decodeCall(stack, base, oparg, kwnames);
  const { callable, argStart, npos, kw } = callSite;
  if (callable instanceof PyFunction) {
    const callee = (kw === null ? newFrameFromStack(callable, stack, argStart, npos) : null)
      ?? newFrame(callable, argsAt(stack, argStart, npos), kw);
    frame.sp = base;
    return callFrame(callee, jitFor(callee.info));
  }
  // The stack as the release walks see it while native code runs (its arguments still held).
  frame.sp = argStart + npos;
  if (callable instanceof PyMethodDescr && npos > 0 && typeOf(stack[argStart]!) === callable.owner) {
    return callMethodAndDrop(callable, stack[argStart]!, argsAt(stack, argStart + 1, npos - 1), kw, frame, base);
  }
  return callAndDrop(callable, argsAt(stack, argStart, npos), kw, frame, base);
}

/** CALL_FUNCTION_EX from compiled code: the eval loop's, with a Python callee's frame run by callFrame. */
function jitCallEx(frame: Frame, stack: PyValue[], base: number, hasKwargs: boolean): PyValue {
  const func = stack[base + 1]!;
  const callargs = stack[base + 2]!;
  const kw = hasKwargs ? starKwargs(func, stack[base + 3]!) : null;
  // CPython makes the tuple of arguments first, and frees the iterable it was made from.
  const argv = starArgs(func, callargs);
  if (st.openGenerators !== 0 && droppableIterator(callargs)) dropValue(callargs, frame, false, base);
  if (func instanceof PyFunction) {
    const callee = newFrame(func, argv, kw);
    frame.sp = base;
    return callFrame(callee, jitFor(callee.info));
  }
  return callValue(func, argv, kw);
}

/**
 * Leaves compiled code for the eval loop, which runs the frame to its end:
 * at `pc` with `sp` values on the stack, or (pc -1) where jitUnwind left it.
 */
function bail(frame: Frame, pc: number, sp: number): PyValue {
  if (pc >= 0) {
    frame.pc = pc;
    frame.sp = sp;
  }
  return continueFrame(frame);
}

/**
 * An exception in compiled code: the handler's code unit (its operands
 * pushed), or -1 when the eval loop must handle it (a tracer was set: it then
 * raises it where the frame stands). With no handler the frame is left and
 * the exception thrown on. As the eval loop, it frees what the unwinding pops
 * while a generator is open (release.ts).
 */
function jitUnwind(frame: Frame, thrown: unknown): number {
  if (thrown instanceof StopExecution) {
    st.frame = frame.back;
    throw thrown;
  }
  const reraise = thrown instanceof Reraise;
  // The stack's height where the eval loop would have raised (its operands popped or not).
  const sp = frame.info.jitRaiseSp![reraise ? thrown.at : frame.lasti] ?? 0;
  if (st.tracer !== null) {
    frame.pendingRaise = thrown;
    frame.sp = sp;
    return -1;
  }
  let exc: PyException;
  if (reraise) {
    exc = thrown.exc;
  } else if (thrown instanceof Propagating) {
    exc = thrown.exc;
    addTraceback(exc, frame);
  } else {
    exc = toPyException(thrown);
    const handled = st.handled;
    if (handled !== null && handled !== exc && !contextCycle(handled, exc)) exc.context = handled;
    addTraceback(exc, frame);
  }
  const handler = frame.info.handlerFor(reraise ? thrown.at : frame.lasti);
  if (handler !== undefined) {
    if (st.openGenerators !== 0) dropOnUnwind(frame.stack, handler.depth, sp, frame);
    let at = handler.depth;
    if (handler.lasti) frame.stack[at++] = frame.lasti;
    frame.stack[at] = exc;
    return handler.target;
  }
  if (st.openGenerators !== 0) dropOnUnwind(frame.stack, 0, sp, frame);
  st.depth--;
  if (frame.generator !== null) finishGenerator(frame.generator as Generator);
  if (st.openGenerators !== 0) (exc.unwound ??= []).push(frame);
  st.frame = frame.back;
  throw exc;
}

// The eval loop's releases while a generator is open (release.ts); compiled code calls them only then.

/** An iterator an instruction consumed. */
function dropConsumed(v: PyValue, frame: Frame, sp: number): void {
  if (droppableIterator(v)) dropValue(v, frame, false, sp);
}

/** A variable's old value, rebound or deleted. */
function dropOld(v: PyValue | undefined, frame: Frame, sp: number): void {
  if (droppable(v)) dropValue(v, frame, false, sp);
}

/** A value popped off the stack (POP_TOP). */
function dropTemporary(v: PyValue, frame: Frame, sp: number): void {
  if (droppableTemporary(v)) dropValue(v, frame, false, sp);
}

function buildTuple(...items: PyValue[]): PyTuple {
  return new PyTuple(tupleType, items);
}

function buildList(...items: PyValue[]): PyList {
  return new PyList(listType, items);
}

let runtimeObject: Readonly<Record<string, unknown>> | null = null;

/** What generated code reads (jit.ts names each); made on first use, after every module it names has loaded. */
function runtime(): Readonly<Record<string, unknown>> {
  runtimeObject ??= Object.freeze({
    st, bail, jitUnwind, jitCall, jitCallEx, checkDeadline, binaryOp, richCompare, truthy, contains, getItem, setItem, delItem,
    buildSlice, getIter, iterNext, unaryNegative, unaryInvert, nameError, loadGlobalSlow, unboundLocal, derefError, PyCell, cellType,
    loadAttrMethod, loadAttrSlow, NO_CLASS_ATTR, STORE_IN_DICT, storeAttrSlow, strType, setAttr, loadSuperAttr, buildTuple, buildList, buildSet, buildMap,
    buildConstKeyMap, listAppend, setAdd, mapAdd, listExtend, setUpdate, dictUpdate, dictMerge, unpackSequence,
    unpackEx, formatValue, callIntrinsic1, callIntrinsic2, makeFunction, raiseFrom, reraiseActive, Reraise, checkExcMatch,
    popExcept, excType, beforeWith, afterWithExit, importName, importFrom, getLen, loadBuildClass, loadName, storeName,
    dropConsumed, dropOld, dropTemporary, releaseFrame, makeGenerator, getYieldFromIter, sendToIterator, stopIterationType,
    cleanupThrow, deleteName, matchMapping, matchSequence, matchKeys, matchClass, PyNativeIterator, floatType, listType, None,
  });
  return runtimeObject;
}

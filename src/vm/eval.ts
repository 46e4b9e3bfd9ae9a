// The eval loop: executes CPython 3.12 bytecode. Python-to-Python calls do not
// recurse in JS: the callee's frame replaces the caller's in this loop and the
// caller resumes when it returns (as CPython 3.11+ does), so deep Python
// recursion only costs heap. Native code calling Python (sorted's key=, a
// dunder method) enters a new loop with `execute`.
//
// Hot paths avoid allocation: locals, stack and operands are read from
// arrays decoded once per code object (frame.ts); small-int arithmetic and
// comparisons stay on JS numbers; the per-instruction tracing check is one
// branch on a local that is false unless a step counter or hook is set.
import { Op } from '../bytecode/opcodes.js';
import { CO_FAST_HIDDEN } from '../bytecode/code.js';
import {
  type KwArgs, PyBuiltin, PyCell, PyCodeValue, PyDict, PyException, PyFunction, PyList, PyMethod, PyMethodDescr, PyNativeIterator,
  PyTuple, type PyValue, PySet,
} from './object.js';
import {
  None, cellType, excType, listType, tupleType, newDict, strType, typeOf,
} from './types.js';
import { Frame, INSTRUCTION_SIZE, newFrame, newFrameFromStack } from './frame.js';
import { interpState } from './state.js';
import { StopExecution, pyErr, toPyException } from './errors.js';
import {
  contains, delItem, getItem, getIter, iterNext, richCompare, setAttr, setItem, truthy,
  stopIterationType,
} from './protocols.js';
import { callValue } from './call.js';
import { binaryOp, unaryInvert, unaryNegative } from './operators.js';
import {
  afterWithExit, beforeWith, buildSlice, callIntrinsic1, callIntrinsic2, checkExcMatch, dictMerge, dictUpdate,
  formatValue, importFrom, importName, loadAttrMethod, loadAttrSlow, loadSuperAttr, NO_CLASS_ATTR, makeFunction, matchClass, matchKeys,
  matchMapping, matchSequence, raiseFrom, reraiseActive, unpackEx, unpackSequence, nameError, loadGlobalSlow, unboundLocal,
  freeVarError, listExtend, starArgs, starKwargs, getAwaitable, getAiter, getAnext, beforeAsyncWith, setUpdate,
  getYieldFromIter, cleanupThrow, sendToIterator, getLen, checkEgMatch, storeAttr,
} from './eval-support.js';
import { Generator, finishGenerator, makeGenerator } from './generator.js';
import { droppable, droppableIterator, droppableTemporary, dropTemporaries, dropValue, releaseFrame } from './release.js';
import { addTraceback } from './traceback.js';
import { enterEval, leaveEval } from './recursion.js';
import { tracedCall, tracedIterNext, tracedSendDone, tracedSendStop } from '../trace/iter-next.js';
import {
  buildConstKeyMap, buildMap, buildSet, callSite, decodeCall, deleteName, listAppend, loadBuildClass, loadName, mapAdd, mappingGet, popExcept, setAdd,
  storeName,
} from './eval-ops.js';
import { Propagating, callFrame, jitFor, jitForLoop, jitPolicy, runCompiled } from './jit-runtime.js';

/** Runs a function's frame to completion (or to its RETURN_GENERATOR). */
export function runFunctionFrame(frame: Frame): PyValue {
  return execute(frame);
}

/** Runs module or class-body code in `locals`. */
export function runCode(frame: Frame): PyValue {
  return execute(frame);
}

const RESUME_OP = Op.RESUME;

/**
 * Executes `entry` (and every Python frame it calls) until `entry` returns
 * or yields; returns the value. Exceptions leaving `entry` propagate as JS
 * throws of PyException.
 */
export function execute(entry: Frame, inline = false): PyValue {
  if (inline) return runEntry(entry);
  enterEval();
  try {
    return runEntry(entry);
  } finally {
    leaveEval();
  }
}

/** An entry frame: compiled if it may be (jit-runtime.ts), else in this loop. */
function runEntry(entry: Frame): PyValue {
  const compiled = jitFor(entry.info);
  if (compiled === null) return drive(entry);
  if (++interpState.depth > interpState.recursionLimit) {
    interpState.depth--;
    throw pyErr('RecursionError', 'maximum recursion depth exceeded');
  }
  entry.back = interpState.frame;
  entry.isEntry = true;
  return runCompiled(entry, compiled);
}

/**
 * Runs `frame` from where it stands (frame.pc, frame.sp) to its end in this
 * loop: compiled code leaving it (jit-runtime.ts), or a callee compiled code
 * could not run. Its depth is counted and its back set.
 */
export function continueFrame(frame: Frame): PyValue {
  frame.isEntry = true;
  const outer = frame.back;
  let r = run(frame, frame, outer);
  while (r === RESTART) r = run(frame, interpState.frame!, outer);
  return r;
}

/**
 * What run() returns when it stops between instructions so that it is
 * called afresh: V8 optimizes a function on entry, and one long invocation
 * that was deoptimized (new type feedback) may otherwise stay unoptimized.
 */
const RESTART = Object.freeze({ restart: true }) as unknown as PyValue;
/** Calls and backward jumps between restarts. */
const RESTART_INTERVAL = 4096;
let restartBudget = RESTART_INTERVAL;

function drive(entry: Frame): PyValue {
  const outer = interpState.frame;
  // f_back and sys._getframe: the Python frame that called into native code that runs this one.
  entry.back = outer;
  let r = run(entry, null, outer);
  while (r === RESTART) r = run(entry, interpState.frame!, outer);
  return r;
}

/**
 * A tracer was set while code runs (sys.settrace): running loops read
 * interpState.tracer when they start, so make them restart at the next call
 * or backward jump.
 */
export function tracingChanged(): void {
  restartBudget = 1;
}

/** The eval loop proper (execute charges the C recursion budget first). */
function run(entry: Frame, resume: Frame | null, outerFrame: Frame | null): PyValue {
  if (resume === null) {
    entry.isEntry = true;
    if (++interpState.depth > interpState.recursionLimit) {
      interpState.depth--;
      throw pyErr('RecursionError', 'maximum recursion depth exceeded');
    }
  }
  let frame = resume ?? entry;
  let info = frame.info;
  let ops = info.ops;
  let args = info.args;
  let consts = info.consts;
  let names = frame.code.co_names;
  let stack = frame.stack;
  let locals = frame.localsplus;
  let sp = frame.sp;
  let pc = frame.pc;
  let kwnames: PyTuple | null = null;
  interpState.frame = frame;
  const tracer = interpState.tracer;
  const counting = interpState.maxSteps !== Infinity || interpState.countSteps || tracer !== null;

  for (;;) {
    try {
      if (frame.pendingThrow !== null) {
        const thrown = frame.pendingThrow;
        // settrace's PY_THROW: a `call` event (which sees pendingThrow), then the exception's.
        try {
          if (tracer !== null) tracer.call(frame);
        } finally {
          frame.pendingThrow = null;
        }
        throw thrown;
      }
      if (frame.pendingRaise !== null) {
        // Compiled code raised and left it here (a tracer was set meanwhile).
        const raised = frame.pendingRaise;
        frame.pendingRaise = null;
        throw raised;
      }
      for (;;) {
        const op = ops[pc]!;
        const oparg = args[pc]!;
        if (counting) {
          // The value stack's height at a line event, for the dynamic trace format's iterators.
          if (tracer !== null) frame.sp = sp;
          countLine(frame, pc);
          if (tracer !== null && tracer.opcodes) tracer.opcode(frame, pc, stack, sp);
        }
        frame.lasti = pc;
        pc += INSTRUCTION_SIZE[op]!;
        switch (op) {
          case Op.RESUME:
            // settrace's PY_START (oparg 0) and PY_RESUME: a `call` event.
            if (tracer !== null) tracer.call(frame);
            break;
          case Op.NOP:
          case Op.EXTENDED_ARG:
          case Op.CACHE:
            break;
          case Op.LOAD_FAST:
            stack[sp++] = locals[oparg]!;
            break;
          case Op.LOAD_FAST_CHECK: {
            const v = locals[oparg];
            if (v === undefined) throw unboundLocal(frame.code.co_localsplusnames[oparg]!);
            stack[sp++] = v;
            break;
          }
          case Op.LOAD_FAST_AND_CLEAR:
            stack[sp++] = locals[oparg] as PyValue;
            locals[oparg] = undefined;
            break;
          case Op.STORE_FAST: {
            const old = locals[oparg];
            locals[oparg] = stack[--sp];
            if (interpState.openGenerators !== 0 && droppable(old)) dropValue(old, frame, tracer !== null && !isHidden(frame, oparg), sp);
            break;
          }
          case Op.DELETE_FAST: {
            const old = locals[oparg];
            if (old === undefined) throw unboundLocal(frame.code.co_localsplusnames[oparg]!);
            locals[oparg] = undefined;
            if (interpState.openGenerators !== 0 && droppable(old)) dropValue(old, frame, tracer !== null && !isHidden(frame, oparg), sp);
            break;
          }
          case Op.LOAD_CONST:
            stack[sp++] = consts[oparg]!;
            break;
          case Op.POP_TOP:
            sp--;
            if (interpState.openGenerators !== 0 && droppableTemporary(stack[sp])) dropValue(stack[sp]!, frame, false, sp);
            break;
          case Op.PUSH_NULL:
            stack[sp++] = undefined as unknown as PyValue;
            break;
          case Op.COPY:
            stack[sp] = stack[sp - oparg]!;
            sp++;
            break;
          case Op.SWAP: {
            const t = stack[sp - 1]!;
            stack[sp - 1] = stack[sp - oparg]!;
            stack[sp - oparg] = t;
            break;
          }
          case Op.END_FOR:
            sp -= 2;
            break;
          case Op.END_SEND:
            if (tracer !== null) tracedSendDone(stack[sp - 2]!, stack[sp - 1]!, frame, tracer);
            stack[sp - 2] = stack[sp - 1]!;
            sp--;
            break;
          case Op.UNARY_NEGATIVE:
            stack[sp - 1] = unaryNegative(stack[sp - 1]!);
            break;
          case Op.UNARY_NOT:
            stack[sp - 1] = !truthy(stack[sp - 1]!);
            break;
          case Op.UNARY_INVERT:
            stack[sp - 1] = unaryInvert(stack[sp - 1]!);
            break;
          case Op.BINARY_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            if (typeof a === 'number' && typeof b === 'number') {
              // Small ints: the common operators without leaving the loop or allocating.
              let r: number;
              switch (oparg) {
                case 0: case 13: r = a + b; break;
                case 10: case 23: r = a - b; break;
                case 5: case 18: r = a * b; if (r === 0) r = 0; break;
                case 6: case 19:
                  if (b === 0) { r = NaN; break; }
                  r = a % b;
                  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
                  if (r === 0) r = 0;
                  break;
                case 2: case 15:
                  if (b === 0) { r = NaN; break; }
                  r = a % b;
                  if (r !== 0 && (r < 0) !== (b < 0)) r += b;
                  r = (a - r) / b;
                  if (r === 0) r = 0;
                  break;
                default: r = NaN;
              }
              if (Number.isSafeInteger(r)) { stack[sp - 1] = r; break; }
            }
            stack[sp - 1] = binaryOp(oparg, a, b);
            break;
          }
          case Op.COMPARE_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            const cmp = oparg >> 4;
            if (typeof a === 'number' && typeof b === 'number') {
              stack[sp - 1] = cmp === 0 ? a < b : cmp === 1 ? a <= b : cmp === 2 ? a === b : cmp === 3 ? a !== b : cmp === 4 ? a > b : a >= b;
            } else {
              stack[sp - 1] = richCompare(a, b, cmp);
            }
            break;
          }
          case Op.IS_OP: {
            const b = stack[--sp]!;
            const a = stack[sp - 1]!;
            stack[sp - 1] = (a === b) !== (oparg === 1);
            break;
          }
          case Op.CONTAINS_OP: {
            const container = stack[--sp]!;
            stack[sp - 1] = contains(container, stack[sp - 1]!) !== (oparg === 1);
            break;
          }
          case Op.BINARY_SUBSCR: {
            const key = stack[--sp]!;
            const container = stack[sp - 1]!;
            if (typeof key === 'number' && typeof container === 'object' && container.cls === listType) {
              const items = (container as PyList).items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) { stack[sp - 1] = items[i]!; break; }
            }
            stack[sp - 1] = getItem(container, key);
            break;
          }
          case Op.STORE_SUBSCR: {
            const key = stack[--sp]!;
            const container = stack[--sp]!;
            const v = stack[--sp]!;
            if (typeof key === 'number' && typeof container === 'object' && container.cls === listType) {
              const items = (container as PyList).items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) { items[i] = v; break; }
            }
            setItem(container, key, v);
            break;
          }
          case Op.DELETE_SUBSCR: {
            const key = stack[--sp]!;
            delItem(stack[--sp]!, key);
            break;
          }
          case Op.BINARY_SLICE: {
            const stop = stack[--sp]!;
            const start = stack[--sp]!;
            stack[sp - 1] = getItem(stack[sp - 1]!, buildSlice(start, stop, None));
            break;
          }
          case Op.STORE_SLICE: {
            const stop = stack[--sp]!;
            const start = stack[--sp]!;
            const container = stack[--sp]!;
            setItem(container, buildSlice(start, stop, None), stack[--sp]!);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = oparg === 3 ? stack[--sp]! : None;
            const stop = stack[--sp]!;
            stack[sp - 1] = buildSlice(stack[sp - 1]!, stop, step);
            break;
          }
          case Op.JUMP_FORWARD:
            pc += oparg;
            if (tracer !== null && tracer.jump !== undefined) tracer.jump(frame, pc, false);
            break;
          case Op.JUMP_BACKWARD:
            pc -= oparg;
            if (tracer !== null && tracer.jump !== undefined) tracer.jump(frame, pc, false);
            if (counting) {
              if (tracer !== null) frame.sp = sp;
              countBackwardJump(frame, pc);
            }
            checkDeadline();
            if (!counting && ++info.jitLoops >= jitPolicy.osrAfter) {
              // A hot loop: the rest of this frame runs compiled, from the loop's head.
              info.jitLoops = 0;
              const compiled = jitForLoop(info);
              if (compiled !== null) {
                frame.pc = pc;
                frame.sp = sp;
                let finished: FrameFinished;
                try {
                  finished = new FrameFinished(runCompiled(frame, compiled), null);
                } catch (e) {
                  if (!(e instanceof PyException)) throw e;
                  finished = new FrameFinished(None, e);
                }
                // The catch below goes on in the caller, as for a frame that returned or raised here.
                throw finished;
              }
            }
            if (--restartBudget === 0) {
              restartBudget = RESTART_INTERVAL;
              frame.sp = sp;
              frame.pc = pc;
              return RESTART;
            }
            break;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            // Not instrumented in 3.12, so no JUMP event (yield from / await loops).
            pc -= oparg;
            break;
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack[--sp]!;
            if (v === false || (v !== true && !truthy(v))) pc += oparg;
            if (tracer !== null && tracer.jump !== undefined) tracer.jump(frame, pc, true);
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp]!;
            if (v === true || (v !== false && truthy(v))) pc += oparg;
            if (tracer !== null && tracer.jump !== undefined) tracer.jump(frame, pc, true);
            break;
          }
          case Op.POP_JUMP_IF_NONE:
            if (stack[--sp] === None) pc += oparg;
            if (tracer !== null && tracer.jump !== undefined) tracer.jump(frame, pc, true);
            break;
          case Op.POP_JUMP_IF_NOT_NONE:
            if (stack[--sp] !== None) pc += oparg;
            if (tracer !== null && tracer.jump !== undefined) tracer.jump(frame, pc, true);
            break;
          case Op.GET_ITER:
            stack[sp - 1] = getIter(stack[sp - 1]!);
            break;
          case Op.GET_YIELD_FROM_ITER:
            stack[sp - 1] = getYieldFromIter(stack[sp - 1]!);
            break;
          case Op.FOR_ITER: {
            const it = stack[sp - 1]!;
            const next = it instanceof PyNativeIterator ? it.next() : tracer === null ? iterNext(it) : tracedIterNext(it, frame, tracer);
            if (next === undefined) {
              sp--;
              pc += oparg + 1;
              // CPython frees the iterator here: `zip(gen(), 'ab')` ended by its str closes gen.
              if (interpState.openGenerators !== 0 && droppableIterator(it)) dropValue(it, frame, false, sp);
            } else {
              stack[sp++] = next;
            }
            if (tracer !== null && tracer.jump !== undefined) tracer.jump(frame, pc, true);
            break;
          }
          case Op.LOAD_GLOBAL: {
            // The inline cache (frame.ts GlobalCacheEntry), keyed by this instruction's next unit.
            const gc = info.globalCache;
            const g = frame.globals;
            let v: PyValue | undefined;
            const e = gc === null ? undefined : gc[pc];
            if (e !== undefined && e.globals === g && e.globalsVersion === g.version) {
              const b = e.builtins;
              if (b === null) v = g.values[e.index];
              else if (b === frame.builtins && e.builtinsVersion === b.version) v = b.values[e.index];
            }
            if (v === undefined) v = loadGlobalSlow(frame, names[oparg >> 1]!, info, pc);
            if (oparg & 1) stack[sp++] = undefined as unknown as PyValue;
            stack[sp++] = v;
            break;
          }
          case Op.STORE_GLOBAL: {
            const old = interpState.openGenerators !== 0 ? frame.globals.getStr(names[oparg]!) : undefined;
            frame.globals.setStr(names[oparg]!, stack[--sp]!);
            if (droppable(old)) dropValue(old, frame, false, sp);
            break;
          }
          case Op.DELETE_GLOBAL: {
            const old = interpState.openGenerators !== 0 ? frame.globals.getStr(names[oparg]!) : undefined;
            if (!frame.globals.deleteStr(names[oparg]!)) throw nameError(names[oparg]!);
            if (droppable(old)) dropValue(old, frame, false, sp);
            break;
          }
          case Op.LOAD_NAME:
            stack[sp] = loadName(frame, names[oparg]!);
            sp++;
            break;
          case Op.STORE_NAME: {
            const v = stack[--sp]!;
            storeName(frame, names[oparg]!, v, sp);
            break;
          }
          case Op.DELETE_NAME:
            deleteName(frame, names[oparg]!, sp);
            break;
          case Op.LOAD_LOCALS:
            stack[sp++] = frame.locals!;
            break;
          case Op.LOAD_FROM_DICT_OR_GLOBALS: {
            const mapping = stack[sp - 1]!;
            const name = names[oparg]!;
            let v = mappingGet(mapping, name);
            if (v === undefined) v = frame.globals.getStr(name);
            if (v === undefined) v = frame.builtins.getStr(name);
            if (v === undefined) throw nameError(name);
            stack[sp - 1] = v;
            break;
          }
          case Op.LOAD_FROM_DICT_OR_DEREF: {
            const mapping = stack[sp - 1]!;
            const name = frame.code.co_localsplusnames[oparg]!;
            let v = mappingGet(mapping, name);
            if (v === undefined) {
              v = (locals[oparg] as PyCell).value;
              if (v === undefined) throw freeVarError(name);
            }
            stack[sp - 1] = v;
            break;
          }
          case Op.MAKE_CELL:
            locals[oparg] = new PyCell(cellType, locals[oparg]);
            break;
          case Op.COPY_FREE_VARS: {
            const closure = frame.func!.closure!;
            const offset = locals.length - oparg;
            for (let i = 0; i < oparg; i++) locals[offset + i] = closure[i];
            break;
          }
          case Op.LOAD_CLOSURE:
            stack[sp++] = locals[oparg]!;
            break;
          case Op.LOAD_DEREF: {
            const v = (locals[oparg] as PyCell).value;
            if (v === undefined) throw derefError(frame, oparg);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            (locals[oparg] as PyCell).value = stack[--sp];
            break;
          case Op.DELETE_DEREF: {
            const cell = locals[oparg] as PyCell;
            if (cell.value === undefined) throw derefError(frame, oparg);
            cell.value = undefined;
            break;
          }
          case Op.LOAD_ATTR: {
            const owner = stack[sp - 1]!;
            const name = names[oparg >> 1]!;
            // The inline cache (frame.ts AttrCacheEntry), keyed by this instruction's next unit.
            const ic = info.attrCache;
            const e = ic === null ? undefined : ic[pc];
            if (e !== undefined && typeof owner === 'object') {
              const t = owner.cls;
              if (e.type === t && e.version === t.version) {
                const d = owner.dict;
                const v = e.value;
                if ((v as unknown) === NO_CLASS_ATTR) {
                  const own = d === null ? undefined : d.getStr(name);
                  if (own !== undefined) {
                    if (oparg & 1) {
                      stack[sp - 1] = undefined as unknown as PyValue;
                      stack[sp++] = own;
                    } else stack[sp - 1] = own;
                    break;
                  }
                } else if (d === null || d.getStr(name) === undefined) {
                  stack[sp - 1] = v;
                  stack[sp++] = owner;
                  break;
                }
              }
            } else if (e !== undefined && (oparg & 1) !== 0 && typeof owner === 'string' && e.type === strType && e.version === strType.version) {
              // A str method (`s.upper()`): strs have no instance dict.
              stack[sp - 1] = e.value;
              stack[sp++] = owner;
              break;
            }
            if (oparg & 1) {
              sp = loadAttrMethod(stack, sp, owner, name, info, pc);
            } else {
              stack[sp - 1] = loadAttrSlow(owner, name, info, pc);
            }
            break;
          }
          case Op.STORE_ATTR: {
            const owner = stack[--sp]!;
            storeAttr(owner, names[oparg]!, stack[--sp]!, info, pc);
            break;
          }
          case Op.DELETE_ATTR:
            setAttr(stack[--sp]!, names[oparg]!, undefined);
            break;
          case Op.LOAD_SUPER_ATTR: {
            const self = stack[--sp]!;
            const cls = stack[--sp]!;
            const globalSuper = stack[--sp]!;
            sp = loadSuperAttr(stack, sp, globalSuper, cls, self, names[oparg >> 2]!, (oparg & 1) === 1, (oparg & 2) === 2);
            break;
          }
          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - oparg, sp);
            sp -= oparg;
            stack[sp++] = new PyTuple(tupleType, items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - oparg, sp);
            sp -= oparg;
            stack[sp++] = new PyList(listType, items);
            break;
          }
          case Op.BUILD_SET: {
            const set = buildSet(stack, sp - oparg, sp);
            sp -= oparg;
            stack[sp++] = set;
            break;
          }
          case Op.BUILD_MAP: {
            const d = buildMap(stack, sp - 2 * oparg, oparg);
            sp -= 2 * oparg;
            stack[sp++] = d;
            break;
          }
          case Op.BUILD_CONST_KEY_MAP: {
            const d = buildConstKeyMap(stack, sp - oparg - 1, oparg);
            sp -= oparg + 1;
            stack[sp++] = d;
            break;
          }
          case Op.BUILD_STRING: {
            let s = '';
            for (let i = sp - oparg; i < sp; i++) s += stack[i] as string;
            sp -= oparg;
            stack[sp++] = s;
            break;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp]!;
            listAppend(stack[sp - oparg]!, v);
            break;
          }
          case Op.SET_ADD: {
            const v = stack[--sp]!;
            setAdd(stack[sp - oparg]!, v);
            break;
          }
          case Op.MAP_ADD: {
            const v = stack[--sp]!;
            const k = stack[--sp]!;
            mapAdd(stack[sp - oparg]!, k, v);
            break;
          }
          case Op.LIST_EXTEND: {
            const v = stack[--sp]!;
            listExtend(stack[sp - oparg] as PyList, v);
            if (interpState.openGenerators !== 0 && droppableIterator(v)) dropValue(v, frame, false, sp);
            break;
          }
          case Op.SET_UPDATE: {
            const v = stack[--sp]!;
            setUpdate(stack[sp - oparg] as PySet, v);
            if (interpState.openGenerators !== 0 && droppableIterator(v)) dropValue(v, frame, false, sp);
            break;
          }
          case Op.DICT_UPDATE: {
            const v = stack[--sp]!;
            dictUpdate(stack[sp - oparg] as PyDict, v);
            break;
          }
          case Op.DICT_MERGE: {
            const v = stack[--sp]!;
            dictMerge(stack[sp - oparg] as PyDict, v, stack[sp - oparg - 2]!);
            break;
          }
          case Op.UNPACK_SEQUENCE:
          case Op.UNPACK_EX: {
            const v = stack[sp - 1];
            sp = op === Op.UNPACK_SEQUENCE ? unpackSequence(stack, sp, oparg) : unpackEx(stack, sp, oparg);
            if (interpState.openGenerators !== 0 && droppableIterator(v)) dropValue(v, frame, false, sp);
            break;
          }
          case Op.FORMAT_VALUE: {
            const spec = (oparg & 4) !== 0 ? stack[--sp]! : null;
            stack[sp - 1] = formatValue(stack[sp - 1]!, oparg & 3, spec);
            break;
          }
          case Op.KW_NAMES:
            kwnames = consts[oparg] as PyTuple;
            break;
          case Op.CALL: {
            const base = sp - oparg - 2;
            decodeCall(stack, base, oparg, kwnames);
            kwnames = null;
            const { callable, argStart, nargs, npos, kw } = callSite;
            if (tracer !== null && tracer.callInstr !== undefined) tracer.callInstr(frame, callable, nargs > 0 ? stack[argStart] : undefined);
            sp = base;
            if (callable instanceof PyFunction) {
              const callee = (kw === null ? newFrameFromStack(callable, stack, argStart, npos) : null)
                ?? newFrame(callable, stack.slice(argStart, argStart + npos), kw);
              frame.sp = sp;
              frame.pc = pc;
              const compiled = counting ? null : jitFor(callee.info);
              if (compiled !== null) {
                stack[sp++] = callFrame(callee, compiled);
                if (interpState.tracer !== null) {
                  frame.fromCall = true;
                  frame.sp = sp;
                  frame.pc = pc;
                  return RESTART;
                }
                break;
              }
              enterFrame(callee);
              callee.back = frame;
              frame = callee;
              interpState.frame = frame;
              if (--restartBudget === 0) {
                restartBudget = RESTART_INTERVAL;
                return RESTART;
              }
              info = frame.info; ops = info.ops; args = info.args; consts = info.consts;
              names = frame.code.co_names; stack = frame.stack; locals = frame.localsplus;
              sp = 0; pc = 0;
              break;
            }
            if (tracer === null) {
              // The stack as the release walks see it while native code runs (its arguments still held).
              frame.sp = argStart + npos;
              // A method of a builtin type on an instance of exactly that type (`s.upper()`, `xs.append(x)`):
              // what callValue would do, without the second copy of the arguments.
              if (callable instanceof PyMethodDescr && npos > 0 && typeOf(stack[argStart]!) === callable.owner) {
                stack[sp++] = callMethodAndDrop(callable, stack[argStart]!, stack.slice(argStart + 1, argStart + npos), kw, frame, sp);
                if (interpState.tracer !== null) {
                  frame.sp = sp;
                  frame.pc = pc;
                  return RESTART;
                }
                break;
              }
              const callArgs = stack.slice(argStart, argStart + npos);
              // Arguments reaching a suspended generator (only then is one open) are freed after the call.
              const result = callAndDrop(callable, callArgs, kw, frame, sp);
              stack[sp++] = result;
              // sys.settrace() just installed a tracer: continue in a loop that sees it.
              if (interpState.tracer !== null) {
                frame.sp = sp;
                frame.pc = pc;
                return RESTART;
              }
            } else {
              stack[sp++] = tracedCall(callable, stack.slice(argStart, argStart + npos), kw, frame, sp);
              // The call changed the tracer (sys.monitoring.set_events, sys.settrace under etpy's own tracer).
              if (interpState.tracer !== tracer) {
                frame.sp = sp;
                frame.pc = pc;
                return RESTART;
              }
            }
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = (oparg & 1) !== 0 ? stack[--sp]! : null;
            const callargs = stack[--sp]!;
            const func = stack[--sp]!;
            sp--;
            const kw = kwargs === null ? null : starKwargs(func, kwargs);
            // CPython makes the tuple of arguments first, and frees the iterable it was made from.
            const argv = starArgs(func, callargs);
            if (interpState.openGenerators !== 0 && droppableIterator(callargs)) dropValue(callargs, frame, false, sp);
            // 3.12's CALL event here: not for a function or bound method, and arg0 is None when there are no arguments.
            const arg0 = argv.length > 0 ? argv[0]! : None;
            if (tracer !== null && tracer.callInstr !== undefined && !(func instanceof PyFunction) && !(func instanceof PyMethod)) {
              tracer.callInstr(frame, func, arg0);
            }
            if (func instanceof PyFunction) {
              // Inlined as CALL does (3.12 does the same), so deep recursion costs no JS stack.
              const callee = newFrame(func, argv, kw);
              frame.sp = sp;
              frame.pc = pc;
              enterFrame(callee);
              callee.back = frame;
              frame = callee;
              interpState.frame = frame;
              if (--restartBudget === 0) {
                restartBudget = RESTART_INTERVAL;
                return RESTART;
              }
              info = frame.info; ops = info.ops; args = info.args; consts = info.consts;
              names = frame.code.co_names; stack = frame.stack; locals = frame.localsplus;
              sp = 0; pc = 0;
              break;
            }
            stack[sp++] = tracer?.nativeCall === undefined
              ? callValue(func, argv, kw)
              : tracer.nativeCall(frame, func, () => callValue(func, argv, kw), arg0);
            break;
          }
          case Op.CALL_INTRINSIC_1:
            stack[sp - 1] = callIntrinsic1(oparg, stack[sp - 1]!, frame);
            break;
          case Op.CALL_INTRINSIC_2: {
            const b = stack[--sp]!;
            stack[sp - 1] = callIntrinsic2(oparg, stack[sp - 1]!, b);
            break;
          }
          case Op.MAKE_FUNCTION: {
            const code = (stack[--sp] as PyCodeValue).code;
            sp = makeFunction(stack, sp, code, oparg, frame);
            break;
          }
          case Op.RETURN_VALUE:
          case Op.RETURN_CONST: {
            const value = op === Op.RETURN_CONST ? consts[oparg]! : stack[--sp]!;
            if (tracer !== null) tracer.ret(frame, value);
            interpState.depth--;
            if (frame.isEntry) {
              frame.sp = sp;
              frame.pc = pc;
              interpState.frame = outerFrame;
              if (interpState.openGenerators !== 0) releaseFrame(frame, value);
              return value;
            }
            const returning = frame;
            frame = frame.back!;
            interpState.frame = frame;
            // The caller's frame.sp was saved at the call, for the walk; the value is in flight.
            if (interpState.openGenerators !== 0) releaseFrame(returning, value);
            frame.fromCall = true;
            info = frame.info; ops = info.ops; args = info.args; consts = info.consts;
            names = frame.code.co_names; stack = frame.stack; locals = frame.localsplus;
            sp = frame.sp; pc = frame.pc;
            stack[sp++] = value;
            break;
          }
          case Op.RETURN_GENERATOR: {
            const gen = makeGenerator(frame);
            frame.pc = pc;
            frame.sp = sp;
            interpState.depth--;
            if (frame.isEntry) {
              interpState.frame = outerFrame;
              return gen;
            }
            frame = frame.back!;
            interpState.frame = frame;
            frame.fromCall = true;
            info = frame.info; ops = info.ops; args = info.args; consts = info.consts;
            names = frame.code.co_names; stack = frame.stack; locals = frame.localsplus;
            sp = frame.sp; pc = frame.pc;
            stack[sp++] = gen;
            break;
          }
          case Op.YIELD_VALUE: {
            const value = stack[--sp]!;
            if (tracer !== null) tracer.ret(frame, value);
            frame.sp = sp;
            frame.pc = pc;
            interpState.depth--;
            (frame.generator as Generator).suspended = true;
            interpState.frame = outerFrame;
            return value;
          }
          case Op.SEND: {
            const v = stack[sp - 1]!;
            const receiver = stack[sp - 2]!;
            const r = sendToIterator(receiver, v);
            if (r.done) {
              if (tracer !== null) tracedSendStop(receiver, v, r.value, frame, tracer);
              stack[sp - 1] = r.value;
              pc += oparg;
            } else {
              stack[sp - 1] = r.value;
            }
            break;
          }
          case Op.CLEANUP_THROW: {
            // Anything but StopIteration goes on unwinding as it is (3.12: exception_unwind,
            // so no new traceback entry, context or RAISE event).
            const exc = stack[sp - 1] as PyException;
            if (!exc.cls.isSubtypeOf(stopIterationType())) throw new Reraise(exc, frame.lasti);
            sp = cleanupThrow(stack, sp);
            break;
          }
          case Op.RAISE_VARARGS:
            if (oparg === 0) {
              // A bare `raise` re-raises as is: no new traceback entry, no context.
              const active = reraiseActive();
              if (active === interpState.handled) throw new Reraise(active, frame.lasti);
              throw active;
            }
            if (oparg === 1) throw raiseFrom(stack[--sp]!, undefined);
            {
              const cause = stack[--sp]!;
              throw raiseFrom(stack[--sp]!, cause);
            }
          case Op.RERAISE: {
            const exc = stack[--sp] as PyException;
            const at = frame.lasti;
            if (oparg !== 0) frame.lasti = stack[sp - oparg] as number;
            throw new Reraise(exc, at);
          }
          case Op.PUSH_EXC_INFO: {
            const exc = stack[sp - 1]!;
            stack[sp - 1] = interpState.handled ?? None;
            stack[sp++] = exc;
            interpState.handled = exc as PyException;
            break;
          }
          case Op.POP_EXCEPT: {
            const prev = stack[--sp]!;
            popExcept(frame, prev, stack, sp);
            break;
          }
          case Op.CHECK_EXC_MATCH: {
            const right = stack[sp - 1]!;
            stack[sp - 1] = checkExcMatch(stack[sp - 2]!, right);
            break;
          }
          case Op.CHECK_EG_MATCH:
            sp = checkEgMatch(stack, sp);
            break;
          case Op.LOAD_ASSERTION_ERROR:
            stack[sp++] = excType('AssertionError');
            break;
          case Op.LOAD_BUILD_CLASS:
            stack[sp] = loadBuildClass(frame);
            sp++;
            break;
          case Op.SETUP_ANNOTATIONS: {
            const loc = frame.locals!;
            if (loc.getStr('__annotations__') === undefined) loc.setStr('__annotations__', newDict());
            break;
          }
          case Op.BEFORE_WITH:
            sp = beforeWith(stack, sp);
            break;
          case Op.WITH_EXCEPT_START: {
            const exc = stack[sp - 1]!;
            const exit = stack[sp - 4]!;
            stack[sp++] = afterWithExit(exit, exc);
            break;
          }
          case Op.IMPORT_NAME: {
            const fromlist = stack[--sp]!;
            const level = stack[sp - 1]!;
            stack[sp - 1] = importName(names[oparg]!, fromlist, level, frame);
            break;
          }
          case Op.IMPORT_FROM:
            stack[sp] = importFrom(stack[sp - 1]!, names[oparg]!);
            sp++;
            break;
          case Op.GET_LEN:
            stack[sp] = getLen(stack[sp - 1]!);
            sp++;
            break;
          case Op.MATCH_MAPPING:
            stack[sp] = matchMapping(stack[sp - 1]!);
            sp++;
            break;
          case Op.MATCH_SEQUENCE:
            stack[sp] = matchSequence(stack[sp - 1]!);
            sp++;
            break;
          case Op.MATCH_KEYS:
            stack[sp] = matchKeys(stack[sp - 2]!, stack[sp - 1]!);
            sp++;
            break;
          case Op.MATCH_CLASS: {
            const kwargs = stack[--sp] as PyTuple;
            const cls = stack[--sp]!;
            stack[sp - 1] = matchClass(stack[sp - 1]!, cls, oparg, kwargs);
            break;
          }
          case Op.GET_AWAITABLE:
            stack[sp - 1] = getAwaitable(stack[sp - 1]!, oparg);
            break;
          case Op.GET_AITER:
            stack[sp - 1] = getAiter(stack[sp - 1]!);
            break;
          case Op.GET_ANEXT:
            stack[sp] = getAnext(stack[sp - 1]!);
            sp++;
            break;
          case Op.BEFORE_ASYNC_WITH:
            sp = beforeAsyncWith(stack, sp);
            break;
          case Op.END_ASYNC_FOR: {
            // (aiter, exc --): StopAsyncIteration ends the loop, anything else propagates.
            const exc = stack[sp - 1] as PyException;
            if (!exc.cls.isSubtypeOf(excType('StopAsyncIteration'))) throw new Reraise(exc, frame.lasti);
            sp -= 2;
            break;
          }
          default:
            throw pyErr('SystemError', `etpy: opcode ${op} is not implemented`);
        }
      }
    } catch (caught) {
      let left: PyException | null = null;
      if (caught instanceof FrameFinished) {
        // Compiled code ran this frame to its end: go on in its caller with the value, or unwind there.
        if (frame.isEntry) {
          interpState.frame = outerFrame;
          if (caught.exc !== null) throw caught.exc;
          return caught.value;
        }
        frame = frame.back!;
        interpState.frame = frame;
        frame.fromCall = true;
        info = frame.info; ops = info.ops; args = info.args; consts = info.consts;
        names = frame.code.co_names; stack = frame.stack; locals = frame.localsplus;
        sp = frame.sp; pc = frame.pc;
        if (caught.exc === null) {
          stack[sp++] = caught.value;
          if (interpState.tracer !== null) {
            frame.sp = sp;
            frame.pc = pc;
            return RESTART;
          }
          continue;
        }
        left = caught.exc;
      }
      const thrown = left === null ? caught : new Propagating(left);
      if (thrown instanceof StopExecution) {
        interpState.frame = outerFrame;
        throw thrown;
      }
      const reraise = thrown instanceof Reraise;
      // A compiled callee's exception unwinds into this frame as from a callee run inline: no new context.
      const propagating = thrown instanceof Propagating;
      let exc = reraise || propagating ? thrown.exc : toPyException(thrown);
      if (!reraise) {
        const handled = interpState.handled;
        if (!propagating && handled !== null && handled !== exc && !contextCycle(handled, exc)) exc.context = handled;
        addTraceback(exc, frame);
        if (tracer !== null) exc = hookRaised(exc, () => tracer.exception(frame, exc), frame);
      } else if (tracer !== null && tracer.reraise !== undefined) {
        exc = hookRaised(exc, () => tracer.reraise!(frame, exc, thrown.at), frame);
      }
      // Unwind: a handler in this frame, or pop frames until one has one. The
      // handler is found from the instruction that raised, even when RERAISE
      // restored an earlier lasti (for the traceback's line).
      let unwindAt = reraise ? thrown.at : frame.lasti;
      for (;;) {
        const handler = frame.info.handlerFor(unwindAt);
        if (handler !== undefined) {
          if (interpState.openGenerators !== 0) dropOnUnwind(stack, handler.depth, sp, frame);
          if (tracer !== null && tracer.handled !== undefined) exc = hookRaised(exc, () => tracer.handled!(frame, exc, handler.target), frame);
          sp = handler.depth;
          if (handler.lasti) stack[sp++] = frame.lasti;
          stack[sp++] = exc;
          pc = handler.target;
          break;
        }
        if (interpState.openGenerators !== 0) dropOnUnwind(stack, 0, sp, frame);
        if (tracer !== null) {
          exc = hookRaised(exc, () => tracer.ret(frame, null, exc, unwindAt), frame);
        }
        interpState.depth--;
        if (frame.generator !== null) finishGenerator(frame.generator as Generator);
        if (interpState.openGenerators !== 0) (exc.unwound ??= []).push(frame);
        if (frame.isEntry) {
          interpState.frame = outerFrame;
          throw exc;
        }
        frame = frame.back!;
        interpState.frame = frame;
        frame.fromCall = true;
        info = frame.info; ops = info.ops; args = info.args; consts = info.consts;
        names = frame.code.co_names; stack = frame.stack; locals = frame.localsplus;
        sp = frame.sp; pc = frame.pc;
        unwindAt = frame.lasti;
        addTraceback(exc, frame);
        if (tracer !== null) exc = hookRaised(exc, () => tracer.exception(frame, exc), frame);
      }
    }
  }
}

/**
 * Runs a trace hook while an exception unwinds. A Python trace or monitoring
 * callback that raises replaces the exception, which goes on unwinding from
 * the same place (CPython: the callback's error becomes the current one).
 */
function hookRaised(exc: PyException, hook: () => void, frame: Frame): PyException {
  try {
    hook();
    return exc;
  } catch (e) {
    if (e instanceof StopExecution) throw e;
    const replaced = toPyException(e);
    if (replaced !== exc) addTraceback(replaced, frame);
    return replaced;
  }
}

/**
 * A comprehension's variable inlined into `frame` (PEP 709): f_locals leaves
 * it out, so a settrace tracer's snapshot does not keep its old value alive.
 */
function isHidden(frame: Frame, local: number): boolean {
  return (frame.code.co_localspluskinds[local]! & CO_FAST_HIDDEN) !== 0;
}

/**
 * Unwinding pops the value stack down to a handler's depth (or empty), top
 * first: CPython frees those values there, closing a suspended generator
 * (the iterator of a `for` loop the exception leaves) before the next event.
 * An exception from that close is lost, as in a finalizer (release.ts).
 */
export function dropOnUnwind(stack: PyValue[], depth: number, sp: number, frame: Frame): void {
  for (let i = sp - 1; i >= depth; i--) {
    const v = stack[i];
    if (droppableTemporary(v)) dropValue(v, frame, false, i);
  }
}

/**
 * A native call; its arguments are freed after it, also when it raises
 * (the call may start a generator it was given, so the check comes after).
 */
export function callAndDrop(callable: PyValue, args: PyValue[], kw: KwArgs | null, frame: Frame, liveSp: number): PyValue {
  let result: PyValue;
  try {
    result = kw === null && args.length === 1 && callable instanceof PyBuiltin && callable.callOne !== null
      ? callable.callOne(args[0]!)
      : callValue(callable, args, kw);
  } catch (e) {
    if (interpState.openGenerators !== 0) dropTemporaries(args, undefined, frame, liveSp);
    throw e;
  }
  if (interpState.openGenerators !== 0) dropTemporaries(args, result, frame, liveSp);
  return result;
}

/** callAndDrop for a builtin method called on `self`: the arguments a generator opened during the call may hold are freed after it. */
export function callMethodAndDrop(method: PyMethodDescr, self: PyValue, args: PyValue[], kw: KwArgs | null, frame: Frame, liveSp: number): PyValue {
  let result: PyValue;
  try {
    result = method.fn(self, args, kw);
  } catch (e) {
    if (interpState.openGenerators !== 0) dropTemporaries([self, ...args], undefined, frame, liveSp);
    throw e;
  }
  if (interpState.openGenerators !== 0) dropTemporaries([self, ...args], result, frame, liveSp);
  return result;
}

/** Counts a Python frame about to run inline; RecursionError past the limit. */
function enterFrame(callee: Frame): void {
  void callee;
  if (++interpState.depth > interpState.recursionLimit) {
    interpState.depth--;
    throw pyErr('RecursionError', 'maximum recursion depth exceeded');
  }
}

/** A frame compiled code ran to its end after the loop handed it over (on-stack replacement): its value, or the exception that left it. */
class FrameFinished {
  constructor(readonly value: PyValue, readonly exc: PyException | null) {}
}

/** RERAISE: rethrows without a new traceback entry or context. */
export class Reraise {
  constructor(readonly exc: PyException, readonly at: number) {}
}

/** Setting `handled` as the context of `exc` must not make a cycle (CPython breaks them the same way). */
export function contextCycle(handled: PyException, exc: PyException): boolean {
  for (let c: PyException | null = handled; c !== null; c = c.context) {
    if (c === exc) {
      return true;
    }
  }
  return false;
}

export function derefError(frame: Frame, index: number): PyException {
  const name = frame.code.co_localsplusnames[index]!;
  const kind = frame.code.co_localspluskinds[index]!;
  return (kind & 0x80) !== 0 ? freeVarError(name) : unboundLocal(name);
}

function countLine(frame: Frame, pc: number): void {
  const info = frame.info;
  // After an inlined call CPython's prev_instr is the CALL's last cache unit,
  // which has no line: the next line start fires whatever its line.
  const fromCall = frame.fromCall;
  frame.fromCall = false;
  if (info.lineStart[pc] === 0) return;
  const prev = frame.lasti;
  if (!fromCall && prev >= 0 && info.lines[prev] === info.lines[pc] && info.ops[prev] !== RESUME_OP) return;
  if (interpState.steps >= interpState.maxSteps) throw new StopExecution('StepLimitExceeded');
  interpState.steps++;
  interpState.tracer?.line(frame, info.lines[pc]!, pc);
}

/**
 * sys.settrace's JUMP handler (3.12 legacy_tracing.c): a backward jump to an
 * instruction of the same line is a line event of its own, since the target's
 * LINE instrumentation sees no change of line.
 */
function countBackwardJump(frame: Frame, target: number): void {
  const info = frame.info;
  const line = info.lines[target]!;
  if (line < 0 || line !== info.lines[frame.lasti] || info.lineStart.length === 0 || !info.traced) return;
  if (interpState.steps >= interpState.maxSteps) throw new StopExecution('StepLimitExceeded');
  interpState.steps++;
  interpState.tracer?.line(frame, line, target);
}

// The first clock read comes at the 256th check, not the 1024th: V8 allocates
// a function's feedback vector only after some calls, and a clock read that
// left no type feedback before the eval loop was optimized deoptimized it at
// its next read (one more ~80-160 ms TurboFan compile of `run` per process).
let deadlineCounter = 1023 - 256;
export function checkDeadline(): void {
  if (interpState.deadline === Infinity) return;
  if ((++deadlineCounter & 1023) === 0 && interpState.now() > interpState.deadline) throw new StopExecution('Timeout');
}


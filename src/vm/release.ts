// CPython frees an object when its last reference goes, and a suspended
// generator freed so is closed right there: GeneratorExit runs its `finally`
// blocks and `with` exits (and settrace shows call, exception, return).
// etpy's objects are collected by JavaScript, so the places where CPython's
// last reference usually goes are emulated, traced or not:
//   - dropValue: a generator, an iterator over one (zip, map, enumerate,
//     itertools) or a small container or instance popped off the value stack
//     (a `for` loop's iterator when it ends or is left, what unpacking or a
//     starred call consumed, an expression statement's value), unbound or
//     rebound, or an exception so dropped (with the frames it left);
//   - releaseFrame: the variables of a returning frame, freed in
//     co_localsplusnames order;
//   - dropTemporaries: the arguments of a call to native code;
//   - releaseException: a handled exception at the end of its handler, an
//     uncaught one after the program;
//   - releaseModule: `__main__`'s globals at exit.
// What dies is what the released values reach and the roots (active frames'
// variables and value stacks, modules, the exception being handled, a value
// in flight) do not; it is
// freed in CPython's deallocation order (a list's items last first, a
// dict's entries in order, a closed generator's variables in order), so
// nested generators close in CPython's order too. Native objects list what
// they hold in a `refs` property; a root that does not (an itertools object
// that keeps values it took, a frame object) or a walk past its budget counts
// as holding everything: nothing is closed then.
import {
  DELETED, PyBuiltin, PyBytesValue, PyCell, PyComplexValue, PyFloat, PyRange, PyClassMethod, PyDict, PyException, PyFunction, PyIteratorObject, PyList, PyMethod,
  PyInstance, type PyModule, PyNativeIterator, type PyObject, PyProperty, PySet, PyStaticMethod, PyTuple, type PyValue,
} from './object.js';
import type { Frame } from './frame.js';
import { None } from './types.js';
import { CO_VARARGS, CO_VARKEYWORDS } from '../bytecode/code.js';
import { Generator, generatorClose } from './generator.js';
import { interpState } from './state.js';
import { runQuietly } from '../trace/frame-state.js';

/** Objects a walk may visit before it gives up (and closes nothing). */
const MAX_WALK = 50_000;

/**
 * What the released values may reach before the release gives up (and
 * closes nothing): a frame returning while a generator is open would
 * otherwise walk every big structure its variables name, at every return.
 */
const MAX_REACH = 1_000;

/**
 * A release also gives up on a container of more items than this before it
 * looks at them. Items that are not objects (strs, ints) cost a step each but
 * count nothing against MAX_REACH: a generator iterating a list of 1,200
 * characters must still be closed (fuzzer, seed 119 run 63101).
 */
const MAX_REACH_ITEMS = 20_000;

/** The longest list, tuple, dict or set whose rebinding or deletion is released (isContainer). */
const MAX_DROPPED_ITEMS = 32;

// Objects whose references to other Python values live where a walk cannot
// follow them (JS closures) and that list none in a `refs` property say so
// with a `holdsUnlistedValues` getter (itertools' sub-iterators, frame and
// traceback objects, type aliases), besides native iterators without `refs`.
// Other kinds without `refs` hold no Python values.

/** The values a native object says it holds (PyIteratorObject, deques, partials, views, ...), or null. */
function refsOf(o: PyObject): readonly PyValue[] | null {
  return (o as { refs?: readonly PyValue[] | null }).refs ?? null;
}

/** A suspended generator that CPython would close when freeing it. */
function isOpen(v: PyValue | undefined): v is Generator {
  return v instanceof Generator && v.kind === 'generator' && v.started && !v.finished && !v.running;
}

/**
 * Calls `visit` on what `o` holds, in the order CPython's deallocator
 * releases it; false when `o` holds values etpy cannot see. `skip` is a
 * frame whose variables and stack are being released (left out), and
 * `genStacks` whether a suspended generator's saved stack counts: not for a
 * dying one, whose close pops that stack (dropValue then sees each value).
 */
function eachHeld(o: PyObject, visit: (v: PyValue | undefined | null) => void, skip: Frame | null, genStacks = true): boolean {
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
  } else if (o instanceof PyDict) {
    for (let i = 0; i < o.keys.length; i++) {
      const k = o.keys[i]!;
      if (k === DELETED) continue;
      visit(k);
      visit(o.values[i]);
    }
  } else if (o instanceof PySet) for (const v of o.table) visit(v);
  else if (o instanceof PyCell) visit(o.value);
  else if (o instanceof PyFunction) {
    o.defaults?.forEach(visit);
    visit(o.kwdefaults);
    o.closure?.forEach(visit);
  } else if (o instanceof PyMethod) {
    visit(o.func);
    visit(o.self);
  } else if (o instanceof PyBuiltin) visit(o.self);
  else if (o instanceof PyException) {
    visit(o.args);
    // Its traceback: the frames it left, the innermost freed first.
    if (o.unwound !== null) for (const f of o.unwound) if (f !== skip) eachInFrame(f, visit, false);
    visit(o.cause);
    visit(o.context);
  } else if (o instanceof PyProperty) {
    visit(o.fget);
    visit(o.fset);
    visit(o.fdel);
  } else if (o instanceof PyClassMethod || o instanceof PyStaticMethod) visit(o.func);
  // A finished generator's frame is cleared in CPython: its variables hold nothing.
  else if (o instanceof Generator) {
    if (!o.finished && o.frame !== skip) eachInFrame(o.frame, visit, genStacks);
  } else {
    const refs = refsOf(o);
    if (o instanceof PyNativeIterator && o.progress !== null) visit(o.progress().of);
    else if (refs === null && (o instanceof PyNativeIterator || (o as { holdsUnlistedValues?: boolean }).holdsUnlistedValues === true)) return false;
    refs?.forEach(visit);
  }
  visit(o.dict);
  return true;
}

/**
 * Whether a release gives up on container `o` before looking at its items:
 * past MAX_REACH_ITEMS items, or past `limit` items when its first item is an
 * object (a list of tuples would fill the walk's limit slowly, item by item).
 */
function tooBigToStep(o: PyObject, limit: number): boolean {
  const n = sizeOf(o);
  if (n > MAX_REACH_ITEMS) return true;
  if (n <= limit) return false;
  const first = o instanceof PyList || o instanceof PyTuple ? o.items[0] : o instanceof PyDict ? o.values[o.nextIndex(0)] : undefined;
  return o instanceof PySet || (typeof first === 'object' && first !== null);
}

function sizeOf(o: PyObject): number {
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.keys.length;
  if (o instanceof PySet) return o.table.size;
  return 0;
}

function eachInFrame(f: Frame, visit: (v: PyValue | undefined | null) => void, withStack: boolean): void {
  for (const v of f.localsplus) visit(v);
  if (withStack) for (let i = 0; i < f.sp; i++) visit(f.stack[i]);
}

/** A reachability walk; `opaque` is set when it met something it cannot see into, `over` past its limit. */
class Walk {
  readonly seen = new Set<PyObject>();
  private readonly todo: PyObject[] = [];
  opaque = false;
  over = false;
  readonly add = (v: PyValue | undefined | null): void => {
    if (v !== undefined && v !== null && typeof v === 'object' && !this.over && !this.seen.has(v)) {
      this.seen.add(v);
      this.todo.push(v);
      if (this.seen.size > this.limit) this.over = true;
    }
  };

  constructor(
    private readonly skip: Frame | null, private readonly withTypes: boolean, private readonly stopAtOpaque = true,
    private readonly limit = MAX_WALK,
  ) {}

  /** Walks until done, or until `stop` holds, something is opaque or the walk is too long. */
  run(stop: () => boolean = () => false): void {
    while (this.todo.length > 0 && !stop()) {
      if (this.over) return;
      const o = this.todo.pop()!;
      // A container of more items than a release may step through ends its walk before they are
      // looked at (the roots walk counts only objects: a long list of ints is cheap to pass).
      if (this.limit < MAX_WALK && tooBigToStep(o, this.limit)) {
        this.over = true;
        return;
      }
      if (this.withTypes) this.add(o.cls);
      if (!eachHeld(o, this.add, this.skip) && this.stopAtOpaque) {
        this.opaque = true;
        return;
      }
    }
  }
}

/**
 * The roots: every active frame's variables and saved stack (but `skip`'s
 * stack, whose live depth is the eval loop's, and with `skipLocals` its
 * variables too), all modules, the exception being handled, `extra`.
 */
function rootsWalk(
  skip: Frame, skipLocals: boolean, extra: readonly (PyValue | undefined)[], exiting: PyModule | null = null, liveSp = -1,
): Walk {
  const walk = new Walk(skip, true);
  // The module being cleared is not a root, also where sys.modules names it.
  if (exiting !== null) {
    walk.seen.add(exiting);
    if (exiting.dict !== null) walk.seen.add(exiting.dict);
  }
  const pushFrame = (f: Frame): void => {
    if (f === skip) {
      if (!skipLocals) eachInFrame(f, walk.add, false);
      // What lies below a value the eval loop pops (a comprehension's list under its iterator).
      for (let i = 0; i < liveSp; i++) walk.add(f.stack[i]);
    } else eachInFrame(f, walk.add, true);
    if (exiting !== null && f.globals === exiting.dict) return;
    walk.add(f.locals);
    walk.add(f.globals);
    walk.add(f.func);
  };
  for (let f: Frame | null = interpState.frame; f !== null; f = f.back) pushFrame(f);
  if (skip !== interpState.frame) pushFrame(skip);
  for (const m of interpState.modules.values()) if (m !== exiting) walk.add(m);
  walk.add(interpState.handled);
  extra.forEach(walk.add);
  return walk;
}

/**
 * Releases `values` (in order) as CPython's reference counts would when
 * `frame` lets go of them, closing the suspended generators that die.
 */
function release(
  values: readonly (PyValue | undefined)[], frame: Frame, skipLocals: boolean, extra: readonly (PyValue | undefined)[], silent: boolean,
  exiting: PyModule | null = null, liveSp = -1,
): void {
  // What the released values reach; nothing to do unless a suspended generator is among it.
  // (An opaque object among them is not seen into: what only it holds is not released.)
  if (exiting === null && !anyMayReach(values, PRE_SCAN_DEPTH)) return;
  const reach = new Walk(frame, false, false, exiting === null ? MAX_REACH : MAX_WALK);
  values.forEach(reach.add);
  reach.run();
  if (reach.over) return;
  const open: Generator[] = [];
  for (const o of reach.seen) if (isOpen(o)) open.push(o);
  if (open.length === 0) return;
  // What the roots still hold, walked until every open generator is found (then nothing dies).
  const roots = rootsWalk(frame, skipLocals, extra, exiting, liveSp);
  roots.run(() => open.every((g) => roots.seen.has(g)));
  if (roots.opaque || roots.over || open.every((g) => roots.seen.has(g))) return;
  // The dying objects and how many references to each the dying hold.
  const refs = new Map<PyObject, number>();
  for (const o of reach.seen) if (!roots.seen.has(o)) refs.set(o, 0);
  const count = (v: PyValue | undefined | null): void => {
    if (v !== undefined && v !== null && typeof v === 'object' && refs.has(v)) refs.set(v, refs.get(v)! + 1);
  };
  values.forEach(count);
  for (const o of refs.keys()) eachHeld(o, count, frame, false);
  const decref = (v: PyValue | undefined | null): void => {
    if (v === undefined || v === null || typeof v !== 'object') return;
    const n = refs.get(v);
    if (n === undefined) return;
    if (n > 1) {
      refs.set(v, n - 1);
      return;
    }
    refs.delete(v);
    if (v instanceof Generator) {
      // Closing unwinds its frame (what its stack held is dropped there); then its variables go.
      if (v.finished || v.running) return;
      if (isOpen(v)) close(v, silent);
      for (const x of v.frame.localsplus) decref(x);
      return;
    }
    eachHeld(v, decref, frame);
  };
  values.forEach(decref);
}

/** How deep mayReachGenerator looks into lists, tuples and iterators before it assumes the worst. */
const PRE_SCAN_DEPTH = 4;

/**
 * False only when `v` certainly reaches no unfinished generator: a value, a
 * float, or a list, tuple or iterator of such. A release checks this before
 * its walk, which allocates: the list a `for` loop ended on (its iterator
 * released), usually of numbers, strs or tuples of them, costs a scan.
 */
function mayReachGenerator(v: PyValue | undefined, depth: number): boolean {
  if (v === undefined || typeof v !== 'object' || v === None) return false;
  if (v.dict !== null) return true;
  if (v instanceof Generator) return !v.finished;
  if (v instanceof PyFloat || v instanceof PyComplexValue || v instanceof PyBytesValue || v instanceof PyRange) return false;
  if (depth === 0) return true;
  if (v instanceof PyList || v instanceof PyTuple) return anyMayReach(v.items, depth - 1);
  if (v instanceof PyIteratorObject) return anyMayReach(v.refs, depth - 1);
  if (v instanceof PyNativeIterator) {
    if (v.progress !== null && mayReachGenerator(v.progress().of, depth - 1)) return true;
    // Without refs (or progress) the walk cannot see into it either.
    return v.refs !== null && anyMayReach(v.refs, depth - 1);
  }
  return true;
}

function anyMayReach(items: readonly (PyValue | undefined)[], depth: number): boolean {
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    // Most items are numbers and strs: no call for them.
    if (typeof x === 'object' && mayReachGenerator(x, depth)) return true;
  }
  return false;
}

function close(gen: Generator, silent: boolean): void {
  try {
    if (silent) runQuietly(() => generatorClose(gen), true);
    else generatorClose(gen);
  } catch (e) {
    // CPython closes it from a finalizer: an exception (a generator that yields
    // in `finally`: RuntimeError) is reported as unraisable, not raised.
    if (!(e instanceof PyException)) throw e;
  }
}

/**
 * An iterator that may hold a generator: `zip(gen(), xs)`, `enumerate(gen())`,
 * `map(f, gen())`, an iterator over a container of them.
 */
function isIteratorOver(v: PyValue | undefined): v is PyIteratorObject | PyNativeIterator {
  return v instanceof PyIteratorObject || (v instanceof PyNativeIterator && v.refs !== null && v.refs.length !== 0);
}

/**
 * What the eval loop hands to dropValue: a generator, an iterator that may
 * hold one, or an exception (which may have left frames holding one).
 */
export function droppable(v: PyValue | undefined): v is PyObject {
  return v instanceof Generator || v instanceof PyException || isIteratorOver(v) || isContainer(v);
}

/**
 * A variable's old value that may hold a generator: an instance of a Python
 * class, or a small list, tuple, dict or set (`gens = None` after
 * `gens = [g1, g2]`). A long one is not walked at each rebinding: a loop
 * doing `acc = acc + [i]` while a generator is open would walk it every time.
 */
function isContainer(v: PyValue | undefined): boolean {
  if (v instanceof PyInstance) return true;
  return (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) && sizeOf(v) <= MAX_DROPPED_ITEMS;
}

/** A value popped off the stack that may hold a generator: a `for` loop's iterator (ended, or left by `break`). */
export function droppableIterator(v: PyValue | undefined): v is Generator | PyIteratorObject | PyNativeIterator {
  return v instanceof Generator || isIteratorOver(v);
}

/** A value an expression statement or an unwinding drops: also a container (`{g: next(g)} and 1`). */
export function droppableTemporary(v: PyValue | undefined): v is PyObject {
  return v instanceof Generator || isIteratorOver(v) || isContainer(v);
}

/**
 * A generator popped off `frame`'s stack, deleted from a variable or
 * replaced in it, or an exception so dropped. Only the program's own
 * frames: etpy's Python-written modules hold generators where the eval
 * loop's stack depth is not final.
 * `silent`: the close runs where CPython's tracer is running (a traced fast
 * local lives on in the tracer's f_locals dict until its next event), so its
 * output is the program's and its events are not. `liveSp`: the height of
 * `frame`'s value stack, whose values then count as held (-1: not known).
 */
export function dropValue(value: PyValue, frame: Frame, silent = false, liveSp = -1): void {
  if (!frame.info.traced) return;
  // An exception (`except ... as e` ends with `e = None`) frees its traceback's frames.
  if (value instanceof PyException ? value.unwound === null : !isOpen(value) && !isIteratorOver(value) && !isContainer(value)) return;
  release([value], frame, false, [], silent, null, liveSp);
}

/**
 * A frame returning `value`: CPython frees its variables in order. A frame
 * called from native code (`__init__`, a sort key, `__eq__`) returns to a
 * caller that still holds the arguments, which etpy cannot see: the
 * argument variables count as held.
 */
export function releaseFrame(frame: Frame, value: PyValue): void {
  if (!frame.info.traced) return;
  const code = frame.code;
  // A generator's frame was resumed from native code, but only the frame held its arguments.
  const held = frame.isEntry && !frame.calledInline && frame.generator === null
    ? frame.localsplus.slice(0, code.co_argcount + code.co_kwonlyargcount + (code.co_flags & CO_VARARGS ? 1 : 0) + (code.co_flags & CO_VARKEYWORDS ? 1 : 0))
    : [];
  held.push(value);
  release(frame.localsplus, frame, true, held, false);
}

/**
 * The arguments of a call to native code, freed when it returns: CPython
 * closes a generator passed straight to it (`any(x > 0 for x in xs)`,
 * `next(gen())`) and left suspended. `result`, on its way to the caller's
 * stack, may hold it (`enumerate(gen())`).
 */
export function dropTemporaries(args: readonly PyValue[], result: PyValue | undefined, frame: Frame, liveSp = -1): void {
  if (!frame.info.traced) return;
  // Generators, iterators made from them (`list(map(f, gen()))`) and instances of classes
  // (`xs.extend(Box(gen()))`); other arguments (lists, dicts: maybe long) are not walked.
  for (const a of args) {
    if (isOpen(a) || isIteratorOver(a) || (isInstance(a) && !heldBy(frame, a))) release([a], frame, false, [result], false, null, liveSp);
  }
}

/** An instance of a class defined in Python (what holds its attributes is its __dict__). */
function isInstance(v: PyValue): v is PyObject {
  return v instanceof PyInstance && v.dict !== null;
}

/** Whether `frame` names `v` in a variable: the common `isinstance(self, C)` needs no walk. */
function heldBy(frame: Frame, v: PyValue): boolean {
  return frame.localsplus.includes(v);
}

/**
 * An exception being freed (its handler ended, or it ended the program):
 * CPython frees its traceback, and with it the variables of the frames it
 * left (`frame` is where it is freed).
 */
export function releaseException(exc: PyException, frame: Frame, live: readonly PyValue[] = []): void {
  if (!frame.info.traced) return;
  release([exc], frame, false, live, false);
}

/**
 * The program's module after it ran: CPython clears `__main__`'s dict at exit,
 * names with one leading underscore first, then all but `__builtins__`
 * (_PyModule_ClearDict; the oracle does the same after each task), so a
 * generator only a global holds is closed then. Runs untraced and uncounted,
 * with its output kept.
 */
export function releaseModule(main: PyModule, moduleFrame: Frame): void {
  const d = main.dict;
  if (d === null) return;
  const first: PyValue[] = [];
  const rest: PyValue[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i]!;
    if (k === DELETED) continue;
    const v = d.values[i]!;
    if (typeof k === 'string' && k.charCodeAt(0) === 95 && k.charCodeAt(1) !== 95) first.push(v);
    else if (k !== '__builtins__') rest.push(v);
  }
  runQuietly(() => release([...first, ...rest], moduleFrame, true, [], false, main), true);
}

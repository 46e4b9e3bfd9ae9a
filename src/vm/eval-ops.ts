// Instructions the eval loop and the JIT (jit.ts) both run as one call: the
// builders of sets and dicts, the name lookups of module and class bodies,
// the end of an except block. Each takes the value stack and the positions
// its operands are at.
import { type KwArgs, PyDict, PyException, PyList, PyMethod, PySet, PyTuple, type PyValue } from './object.js';
import { None, dictType, excType, newDict, setType } from './types.js';
import { pyErr } from './errors.js';
import { delItem, eq, getItem, setItem, slotHashOf } from './protocols.js';
import { SetTable } from '../runtime/set-order.js';
import type { Frame } from './frame.js';
import { interpState } from './state.js';
import { droppable, dropValue, releaseException } from './release.js';
import { nameError } from './eval-support.js';

/** CALL's operands, as decodeCall found them (one object, rewritten by each call: no allocation). */
export const callSite = {
  callable: undefined as unknown as PyValue,
  /** Where the arguments start on the stack, self first for a method. */
  argStart: 0,
  /** Arguments, keywords included. */
  nargs: 0,
  /** Positional arguments. */
  npos: 0,
  kw: null as KwArgs | null,
};

/** Lets go of the last call's callable and keywords (a finished run's objects). */
export function clearCallSite(): void {
  callSite.callable = undefined as unknown as PyValue;
  callSite.kw = null;
}

/**
 * CALL of `oparg` arguments at stack[base]: [NULL, callable, args...] or
 * [callable, self, args...]; a bound method in the callable's place calls
 * its function with its self as the first argument. The last `kwnames`
 * arguments are keywords (KW_NAMES before the CALL).
 */
export function decodeCall(stack: PyValue[], base: number, oparg: number, kwnames: PyTuple | null): void {
  let nargs = oparg;
  let callable = stack[base]!;
  let argStart = base + 2;
  if (callable === undefined) {
    callable = stack[base + 1]!;
    if (callable instanceof PyMethod) {
      stack[base + 1] = callable.self;
      callable = callable.func;
      argStart = base + 1;
      nargs++;
    }
  } else {
    argStart = base + 1;
    nargs++;
  }
  let kw: KwArgs | null = null;
  let npos = nargs;
  if (kwnames !== null) {
    const kn = kwnames.items;
    npos = nargs - kn.length;
    kw = new Map();
    for (let i = 0; i < kn.length; i++) kw.set(kn[i] as string, stack[argStart + npos + i]!);
  }
  callSite.callable = callable;
  callSite.argStart = argStart;
  callSite.nargs = nargs;
  callSite.npos = npos;
  callSite.kw = kw;
}

/** BUILD_SET of stack[from..to). */
export function buildSet(stack: PyValue[], from: number, to: number): PySet {
  const table = new SetTable<PyValue>({ equals: eq });
  for (let i = from; i < to; i++) table.add(stack[i]!, slotHashOf(stack[i]!));
  return new PySet(setType, table);
}

/** BUILD_MAP of `n` key, value pairs from stack[from]. */
export function buildMap(stack: PyValue[], from: number, n: number): PyDict {
  const d = newDict();
  d.presize(n);
  for (let i = from; i < from + 2 * n; i += 2) d.set(stack[i]!, stack[i + 1]!);
  return d;
}

/** BUILD_CONST_KEY_MAP: `n` values from stack[from], then the tuple of keys. */
export function buildConstKeyMap(stack: PyValue[], from: number, n: number): PyDict {
  const keys = (stack[from + n] as PyTuple).items;
  const d = newDict();
  d.presize(n);
  for (let i = 0; i < n; i++) d.set(keys[i]!, stack[from + i]!);
  return d;
}

/** LIST_APPEND (a comprehension's list): MemoryError past the run's item limit. */
export function listAppend(list: PyValue, v: PyValue): void {
  const items = (list as PyList).items;
  if (items.length >= interpState.maxItems) throw pyErr('MemoryError');
  items.push(v);
}

export function setAdd(set: PyValue, v: PyValue): void {
  (set as PySet).table.add(v, slotHashOf(v));
}

export function mapAdd(dict: PyValue, k: PyValue, v: PyValue): void {
  (dict as PyDict).set(k, v);
}

/** A name's value in a mapping that is not an exact dict (a class body's __prepare__ namespace); undefined when missing. */
export function mappingGet(mapping: PyValue, name: string): PyValue | undefined {
  if (mapping instanceof PyDict && mapping.cls === dictType) return mapping.getStr(name);
  try {
    return getItem(mapping, name);
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(excType('KeyError'))) return undefined;
    throw e;
  }
}

/** LOAD_NAME: the frame's locals, then globals, then builtins. */
export function loadName(frame: Frame, name: string): PyValue {
  const loc = frame.locals!;
  let v = loc.cls === dictType ? loc.getStr(name) : mappingGet(loc, name);
  if (v === undefined) v = frame.globals.getStr(name);
  if (v === undefined) v = frame.builtins.getStr(name);
  if (v === undefined) throw nameError(name);
  return v;
}

/** STORE_NAME; a value it replaces is dropped (release.ts) with `sp` values on the stack. */
export function storeName(frame: Frame, name: string, v: PyValue, sp: number): void {
  const loc = frame.locals!;
  const old = interpState.openGenerators !== 0 && loc.cls === dictType ? loc.getStr(name) : undefined;
  if (loc.cls === dictType) loc.setStr(name, v);
  else setItem(loc, name, v);
  if (droppable(old)) dropValue(old, frame, false, sp);
}

/** DELETE_NAME. */
export function deleteName(frame: Frame, name: string, sp: number): void {
  const loc = frame.locals!;
  if (loc.cls === dictType) {
    const old = interpState.openGenerators !== 0 ? loc.getStr(name) : undefined;
    if (!loc.deleteStr(name)) throw nameError(name);
    if (droppable(old)) dropValue(old, frame, false, sp);
  } else {
    delItem(loc, name);
  }
}

/**
 * POP_EXCEPT: the except block ends; the exception handled before it is
 * restored. The handled exception is freed here, and with its traceback the
 * variables of the frames it left (`stack` up to `sp` still holds values:
 * a finally block's cleanup re-raises the exception from there).
 */
export function popExcept(frame: Frame, prev: PyValue, stack: PyValue[], sp: number): void {
  const ending = interpState.handled;
  interpState.handled = prev === None ? null : (prev as PyException);
  if (ending !== null && ending.unwound !== null && interpState.openGenerators !== 0) {
    releaseException(ending, frame, stack.slice(0, sp));
  }
}

/** LOAD_BUILD_CLASS. */
export function loadBuildClass(frame: Frame): PyValue {
  const bc = frame.builtins.getStr('__build_class__');
  if (bc === undefined) throw pyErr('NameError', '__build_class__ not found');
  return bc;
}

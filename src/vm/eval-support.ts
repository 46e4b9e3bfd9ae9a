// The eval loop's slower instructions, kept out of the loop so it stays
// small: unpacking, f-string formatting, raising, exception matching, `with`,
// imports, function creation, super, pattern matching and the intrinsics.
import { setUpdateInternal } from './set.js';
import type { CodeObject } from '../bytecode/code.js';
import {
  PyCell, PyDict, PyException, PyFunction, PyList, PyMethodDescr, PySet, PySlice, PyTuple, PyType, type PyValue,
  PyModule, PyBoxed, iteratesAsDict,
} from './object.js';
import {
  None, baseExceptionType, dictType, excType, functionType, listType, sliceType, strType, tupleType, typeOf,
  newDict, superType, boolType, bytearrayType, bytesType, floatType, frozensetType, intType, setType,
} from './types.js';
import { pyErr, typeError } from './errors.js';
import {
  asStr, bindDescriptor, callDescriptor, getAttr, getAttrOrUndefined, getIter, iterNext, len, repr, str, toArray,
  typeName, stopIterationType, getItem, lengthHint, extendItems, setAttr,
} from './protocols.js';
import { callValue } from './call.js';
import { AttrCacheEntry, GlobalCacheEntry, attrCacheOf, globalCacheOf, type CodeInfo, type Frame } from './frame.js';
import { interpState } from './state.js';
import { tracebackObjects } from './traceback.js';
import { asciiOfRepr } from '../runtime/str-repr.js';
import { Generator, generatorSend, isGenerator } from './generator.js';
import { importModule } from './import.js';
import { defGetSet, defMethods } from './call.js';
import { PyObject } from './object.js';
import { builtinType } from './types.js';

/** BaseExceptionGroup(msg, excs) with its checks; installed by exceptions.ts. */
export const exceptionGroupHook: { make: (cls: PyType, msg: PyValue, excs: PyValue) => PyException } = {
  make: () => { throw new Error('exception groups not installed'); },
};
const makeExceptionGroup = (cls: PyType, msg: PyValue, excs: PyValue): PyException => exceptionGroupHook.make(cls, msg, excs);
import { unaryPositive } from './operators.js';
import { formatWithSpec } from './format.js';
import { bindForSuper, lookupAfter, makeSuper, superGetAttr } from './super.js';

export function nameError(name: string): PyException {
  const e = pyErr('NameError', `name '${name}' is not defined`);
  (e.dict ??= newDict()).setStr('name', name);
  return e;
}

/**
 * LOAD_GLOBAL when its cache (frame.ts GlobalCacheEntry, keyed by the unit
 * after the instruction) does not hold: the name in globals, else in
 * builtins, else NameError; where it was found is cached.
 */
export function loadGlobalSlow(frame: Frame, name: string, info: CodeInfo, at: number): PyValue {
  const caches = globalCacheOf(info);
  const g = frame.globals;
  let i = g.indexOfStr(name);
  let b: PyDict | null = null;
  if (i < 0) {
    b = frame.builtins;
    i = b.indexOfStr(name);
    if (i < 0) throw nameError(name);
  }
  const e = caches[at];
  if (e === undefined) {
    caches[at] = new GlobalCacheEntry(g, g.version, b, b === null ? 0 : b.version, i);
  } else {
    e.globals = g;
    e.globalsVersion = g.version;
    e.builtins = b;
    e.builtinsVersion = b === null ? 0 : b.version;
    e.index = i;
  }
  return (b ?? g).values[i]!;
}

export function unboundLocal(name: string): PyException {
  return pyErr('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
}

export function freeVarError(name: string): PyException {
  const e = pyErr('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  (e.dict ??= newDict()).setStr('name', name);
  return e;
}

export function buildSlice(start: PyValue, stop: PyValue, step: PyValue): PySlice {
  return new PySlice(sliceType, start, stop, step);
}

function unpackItems(v: PyValue): PyValue[] | null {
  if (typeof v === 'object' && (v.cls === tupleType || v.cls === listType)) return (v as PyList).items;
  return null;
}

/** UNPACK_SEQUENCE: the items pushed last-first, so the first ends on top. */
export function unpackSequence(stack: PyValue[], sp: number, n: number): number {
  const v = stack[--sp]!;
  let items = unpackItems(v);
  if (items === null) {
    const it = iterOrUnpackError(v);
    items = [];
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) {
      items.push(x);
      if (items.length > n) throw valueErr(`too many values to unpack (expected ${n})`);
    }
  }
  if (items.length !== n) {
    if (items.length < n) throw valueErr(`not enough values to unpack (expected ${n}, got ${items.length})`);
    throw valueErr(unpackItems(v) !== null
      ? `too many values to unpack (expected ${n})`
      : `too many values to unpack (expected ${n})`);
  }
  for (let i = n - 1; i >= 0; i--) stack[sp++] = items[i]!;
  return sp;
}

function valueErr(message: string): PyException {
  return pyErr('ValueError', message);
}

function iterOrUnpackError(v: PyValue): PyValue {
  try {
    return getIter(v);
  } catch (e) {
    if (e instanceof PyException && e.cls === excType('TypeError') && typeOf(v).lookup('__iter__') === undefined) {
      throw typeError(`cannot unpack non-iterable ${typeName(v)} object`);
    }
    throw e;
  }
}

/** UNPACK_EX: `a, *b, c = v`; oparg = before | after << 8. */
export function unpackEx(stack: PyValue[], sp: number, oparg: number): number {
  const before = oparg & 0xff;
  const after = oparg >> 8;
  const v = stack[--sp]!;
  const direct = unpackItems(v);
  const items = direct !== null ? direct : toArray(iterOrUnpackError(v));
  if (items.length < before + after) {
    throw valueErr(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = new PyList(listType, items.slice(before, items.length - after));
  const out: PyValue[] = [...items.slice(0, before), middle, ...items.slice(items.length - after)];
  for (let i = out.length - 1; i >= 0; i--) stack[sp++] = out[i]!;
  return sp;
}

/** FORMAT_VALUE: conversion (1 str, 2 repr, 3 ascii) then format(value, spec). */
export function formatValue(v: PyValue, conversion: number, spec: PyValue | null): PyValue {
  if (conversion === 1) v = str(v);
  else if (conversion === 2) v = repr(v);
  else if (conversion === 3) v = asciiOfRepr(repr(v));
  if (spec === null && typeof v === 'string') return v;
  return formatWithSpec(v, spec === null ? '' : (spec as string));
}

// ---------------------------------------------------------------------------
// Exceptions

export function isExceptionClass(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtypeOf(baseExceptionType);
}

/** The exception `raise v` raises: an instance, or a class called with no arguments. */
export function exceptionFrom(v: PyValue, what = 'exceptions must derive from BaseException'): PyException {
  if (v instanceof PyException) return v;
  if (isExceptionClass(v)) {
    const inst = callValue(v, [], null);
    if (!(inst instanceof PyException)) {
      throw typeError(`calling ${repr(v)} should have returned an instance of BaseException, not ${typeName(inst)}`);
    }
    return inst;
  }
  throw typeError(what);
}

export function raiseFrom(v: PyValue, cause: PyValue | undefined): PyException {
  const exc = exceptionFrom(v);
  if (cause !== undefined) {
    if (cause === None) {
      exc.cause = null;
    } else {
      exc.cause = exceptionFrom(cause, 'exception causes must derive from BaseException');
    }
    exc.suppressContext = true;
  }
  return exc;
}

export function reraiseActive(): PyException {
  const h = interpState.handled;
  if (h === null) return pyErr('RuntimeError', 'No active exception to reraise');
  return h;
}

export function checkExcMatch(exc: PyValue, match: PyValue): boolean {
  const types = match instanceof PyTuple ? match.items : [match];
  for (const t of types) {
    if (!isExceptionClass(t)) {
      throw typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  const et = typeOf(exc);
  return types.some((t) => et.isSubtypeOf(t as PyType));
}

/** CHECK_EG_MATCH for `except*`: splits the group into the matching part and the rest. */
export function checkEgMatch(stack: PyValue[], sp: number): number {
  const match = stack[sp - 1]!;
  const exc = stack[sp - 2]! as PyException;
  checkExcMatch(exc, match);
  const types = (match instanceof PyTuple ? match.items : [match]) as PyType[];
  const isGroup = exc.cls.isSubtypeOf(excType('BaseExceptionGroup'));
  if (!isGroup) {
    if (types.some((t) => exc.cls.isSubtypeOf(t))) {
      const group = makeExceptionGroup(excType('BaseExceptionGroup'), '', new PyTuple(tupleType, [exc]));
      stack[sp - 2] = None;
      stack[sp - 1] = group;
      return sp;
    }
    stack[sp - 2] = exc;
    stack[sp - 1] = None;
    return sp;
  }
  const split = callValue(getAttr(exc, 'split'), [match], null) as PyTuple;
  stack[sp - 2] = split.items[1]!;
  stack[sp - 1] = split.items[0]!;
  return sp;
}

// ---------------------------------------------------------------------------
// with

/** BEFORE_WITH: (mgr -- exit, enter_result). */
export function beforeWith(stack: PyValue[], sp: number): number {
  const mgr = stack[sp - 1]!;
  const t = typeOf(mgr);
  const enter = t.lookup('__enter__');
  if (enter === undefined) {
    throw typeError(`'${t.name}' object does not support the context manager protocol`);
  }
  const exit = t.lookup('__exit__');
  if (exit === undefined) {
    throw typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const boundExit = bindDescriptor(exit, mgr, t);
  const res = callDescriptor(enter, mgr, []);
  stack[sp - 1] = boundExit;
  stack[sp++] = res;
  return sp;
}

/** WITH_EXCEPT_START: exit(type(exc), exc, tb). */
export function afterWithExit(exit: PyValue, exc: PyValue): PyValue {
  return callValue(exit, [typeOf(exc), exc, exc instanceof PyException ? tracebackObjects.of(exc) : None], null);
}

// ---------------------------------------------------------------------------
// Calls, functions, classes

/** LOAD_ATTR with the method bit: [meth, self] for a plain function, else [NULL, attr]. */
export function loadAttrMethod(stack: PyValue[], sp: number, owner: PyValue, name: string, info: CodeInfo, at: number): number {
  const t = typeOf(owner);
  if (!(owner instanceof PyType) && !(owner instanceof PyModule)) {
    const descr = t.lookup(name);
    if ((descr instanceof PyFunction || descr instanceof PyMethodDescr) && t.lookup('__getattribute__') === objectGetattributeDescr()) {
      if (typeof owner === 'object' || typeof owner === 'string') fillAttrCache(info, at, t, descr);
      const d = typeof owner === 'object' ? owner.dict : null;
      if (d === null || d.getStr(name) === undefined) {
        stack[sp - 1] = descr;
        stack[sp++] = owner;
        return sp;
      }
    } else if (descr === undefined && typeof owner === 'object' && owner.dict !== null && t.lookup('__getattribute__') === objectGetattributeDescr()) {
      // A callable the instance holds (`self.fn(x)`): as loadAttrSlow, only its dict can have it.
      fillAttrCache(info, at, t, NO_CLASS_ATTR);
    }
  }
  stack[sp - 1] = undefined as unknown as PyValue;
  stack[sp++] = getAttr(owner, name);
  return sp;
}

/** What LOAD_ATTR's cache holds when the owner's type has no attribute of the name. */
export const NO_CLASS_ATTR: unique symbol = Symbol('no class attribute');

function fillAttrCache(info: CodeInfo, at: number, t: PyType, value: PyValue | typeof NO_CLASS_ATTR | typeof STORE_IN_DICT): void {
  const caches = attrCacheOf(info);
  const e = caches[at];
  if (e === undefined) {
    caches[at] = new AttrCacheEntry(t, t.version, value as PyValue);
  } else {
    e.type = t;
    e.version = t.version;
    e.value = value as PyValue;
  }
}

/** What STORE_ATTR's cache holds when a store of the name goes straight to the instance dict. */
export const STORE_IN_DICT: unique symbol = Symbol('store in the instance dict');

/**
 * STORE_ATTR. A store that went to the instance dict of an object whose type
 * has the default __setattr__ and no class attribute of the name (so no
 * descriptor to call) is cached for the instruction: while the type is
 * unchanged, the next store of it is a dict store.
 */
export function storeAttr(owner: PyValue, name: string, value: PyValue, info: CodeInfo, at: number): void {
  const e = info.attrCache?.[at];
  if (e !== undefined && typeof owner === 'object') {
    const t = owner.cls;
    const d = owner.dict;
    if (d !== null && e.type === t && e.version === t.version && e.value === (STORE_IN_DICT as unknown)) {
      d.setStr(name, value);
      return;
    }
  }
  storeAttrSlow(owner, name, value, info, at);
}

/** storeAttr without its cache; fills it when the store may be cached. */
export function storeAttrSlow(owner: PyValue, name: string, value: PyValue, info: CodeInfo, at: number): void {
  setAttr(owner, name, value);
  if (typeof owner === 'object' && !(owner instanceof PyType) && owner.dict !== null) {
    const t = owner.cls;
    if (!t.builtin && t.hasInstanceDict && t.lookup(name) === undefined && t.lookup('__setattr__') instanceof PyMethodDescr) {
      fillAttrCache(info, at, t, STORE_IN_DICT);
    }
  }
}

/**
 * An attribute load (not a method): when the owner's type has no attribute
 * of that name and the default __getattribute__, only the instance dict can
 * hold it; that finding is cached for the instruction.
 */
export function loadAttrSlow(owner: PyValue, name: string, info: CodeInfo, at: number): PyValue {
  if (typeof owner === 'object' && !(owner instanceof PyType) && !(owner instanceof PyModule) && owner.dict !== null) {
    const t = owner.cls;
    if (t.lookup(name) === undefined && t.lookup('__getattribute__') === objectGetattributeDescr()) fillAttrCache(info, at, t, NO_CLASS_ATTR);
  }
  return getAttr(owner, name);
}

let objGetattr: PyValue | undefined;
function objectGetattributeDescr(): PyValue | undefined {
  objGetattr ??= typeOf(None).mro[1]!.dict.getStr('__getattribute__');
  return objGetattr;
}

export function loadSuperAttr(
  stack: PyValue[], sp: number, globalSuper: PyValue, cls: PyValue, self: PyValue, name: string, method: boolean, twoArgs: boolean,
): number {
  let attr: PyValue;
  if (globalSuper === superType && cls instanceof PyType) {
    const s = makeSuper(cls, self);
    const v = name === '__class__' ? undefined : lookupAfter(s.objType, s.thisType, name);
    if (v === undefined) {
      attr = superGetAttr(s, name);
    } else if (method && v instanceof PyFunction && s.obj !== s.objType) {
      stack[sp++] = v;
      stack[sp++] = self;
      return sp;
    } else {
      attr = bindForSuper(v, s);
    }
  } else {
    attr = getAttr(callValue(globalSuper, twoArgs ? [cls, self] : [], null), name);
  }
  if (method) stack[sp++] = undefined as unknown as PyValue;
  stack[sp++] = attr;
  return sp;
}

export function makeFunction(stack: PyValue[], sp: number, code: CodeObject, flags: number, frame: Frame): number {
  const fn = new PyFunction(functionType, code, frame.globals, frame.builtins);
  const c0 = code.co_consts[0];
  if (typeof c0 === 'string' && (code.co_flags & 0x4000000) === 0 && hasDocstring(code)) fn.doc = c0;
  if (flags & 0x08) fn.closure = (stack[--sp] as PyTuple).items as PyCell[];
  if (flags & 0x04) {
    const ann = (stack[--sp] as PyTuple).items;
    const d = newDict();
    for (let i = 0; i < ann.length; i += 2) d.set(ann[i]!, ann[i + 1]!);
    fn.annotations = d;
  }
  if (flags & 0x02) fn.kwdefaults = stack[--sp] as PyDict;
  if (flags & 0x01) fn.defaults = (stack[--sp] as PyTuple).items;
  stack[sp++] = fn;
  return sp;
}

function hasDocstring(code: CodeObject): boolean {
  // CPython 3.12 marks no flag; a function's first constant is its docstring
  // only when the body started with a string statement. The compiler puts
  // None first otherwise, and lambdas never have one.
  return code.co_name !== '<lambda>';
}

/** CALL_FUNCTION_EX's positional arguments: any iterable (CPython makes a tuple of it). */
export function starArgs(func: PyValue, v: PyValue): PyValue[] {
  if (v instanceof PyTuple) return v.items.slice();
  if (typeOf(v).lookup('__iter__') === undefined && typeOf(v).lookup('__getitem__') === undefined) {
    throw typeError(`${functionDescription(func)} argument after * must be an iterable, not ${typeName(v)}`);
  }
  return toArray(v);
}

/** CALL_FUNCTION_EX's keyword arguments: a dict, or a mapping copied into one. */
export function starKwargs(func: PyValue, v: PyValue): Map<string, PyValue> | null {
  let d: PyDict;
  if (v instanceof PyDict && v.cls === dictType) {
    d = v;
  } else {
    d = newDict();
    dictMerge(d, v, func);
  }
  if (d.size === 0) return null;
  const kw = new Map<string, PyValue>();
  for (const [k, x] of d.entries()) {
    const name = asStr(k);
    if (name === undefined) throw typeError('keywords must be strings');
    kw.set(name, x);
  }
  return kw;
}

export function listExtend(list: PyList, v: PyValue): void {
  const t = typeOf(v);
  if (t.lookup('__iter__') === undefined && t.lookup('__getitem__') === undefined) {
    throw typeError(`Value after * must be an iterable, not ${typeName(v)}`);
  }
  extendItems(list.items, v);
}

export function setUpdate(set: PySet, v: PyValue): void {
  setUpdateInternal(set, v);
}

export function dictUpdate(d: PyDict, v: PyValue): void {
  if (v instanceof PyDict && iteratesAsDict(v)) {
    d.mergeFrom(v);
    return;
  }
  const keys = getAttrOrUndefined(v, 'keys');
  if (keys === undefined) throw typeError(`'${typeName(v)}' object is not a mapping`);
  for (const k of toArray(callValue(keys, [], null))) d.set(k, getItem(v, k));
}

/** DICT_MERGE for f(**a, **b): duplicate keys are an error naming the function. */
export function dictMerge(d: PyDict, v: PyValue, func: PyValue): void {
  if (!(v instanceof PyDict) && getAttrOrUndefined(v, 'keys') === undefined) {
    throw typeError(`${functionDescription(func)} argument after ** must be a mapping, not ${typeName(v)}`);
  }
  const entries: [PyValue, PyValue][] = v instanceof PyDict
    ? [...v.entries()]
    : toArray(callValue(getAttr(v, 'keys'), [], null)).map((k) => [k, getItem(v, k)]);
  for (const [k, x] of entries) {
    if (asStr(k) === undefined) throw typeError('keywords must be strings');
    if (d.get(k) !== undefined) throw typeError(`${functionDescription(func)} got multiple values for keyword argument '${asStr(k)}'`);
    d.set(k, x);
  }
}

/** _PyObject_FunctionStr: `module.qualname()` (no module for builtins), else str(func). */
function functionDescription(func: PyValue): string {
  let qualname: PyValue | undefined;
  try {
    qualname = getAttrOrUndefined(func, '__qualname__');
  } catch {
    qualname = undefined;
  }
  if (qualname === undefined) return str(func);
  let module: PyValue | undefined;
  try {
    module = getAttrOrUndefined(func, '__module__');
  } catch {
    module = undefined;
  }
  if (module !== undefined && module !== None && !(typeof module === 'string' && module === 'builtins')) {
    return `${str(module)}.${str(qualname)}()`;
  }
  return `${str(qualname)}()`;
}

// ---------------------------------------------------------------------------
// Generators and iteration

export function getYieldFromIter(v: PyValue): PyValue {
  if (isGenerator(v)) return v;
  return getIter(v);
}

/** SEND: resume a sub-iterator; done with the return value when it stops. */
export function sendToIterator(receiver: PyValue, v: PyValue): { done: boolean; value: PyValue } {
  if (isGenerator(receiver)) return generatorSend(receiver as Generator, v);
  if (v === None) {
    try {
      const next = iterNext(receiver);
      if (next === undefined) return { done: true, value: None };
      return { done: false, value: next };
    } catch (e) {
      throw e;
    }
  }
  try {
    return { done: false, value: callValue(getAttr(receiver, 'send'), [v], null) };
  } catch (e) {
    if (e instanceof PyException && e.cls.isSubtypeOf(stopIterationType())) {
      return { done: true, value: stopIterationValue(e) };
    }
    throw e;
  }
}

export function stopIterationValue(e: PyException): PyValue {
  return e.args.items.length > 0 ? e.args.items[0]! : None;
}

/** CLEANUP_THROW: (sub_iter, last_sent_val, exc -- None, value) when exc is StopIteration. */
export function cleanupThrow(stack: PyValue[], sp: number): number {
  const exc = stack[sp - 1] as PyException;
  if (exc.cls.isSubtypeOf(stopIterationType())) {
    sp -= 3;
    stack[sp++] = None;
    stack[sp++] = stopIterationValue(exc);
    return sp;
  }
  throw exc;
}

// ---------------------------------------------------------------------------
// await, async for, async with

/** GET_AWAITABLE: a coroutine as is, else the iterator its __await__ returns. */
export function getAwaitable(v: PyValue, where: number): PyValue {
  if (v instanceof Generator && v.kind === 'coroutine') {
    if (v.running || (v.started && !v.finished && v.awaitedBy)) throw pyErr('RuntimeError', 'coroutine is being awaited already');
    return v;
  }
  const m = typeOf(v).lookup('__await__');
  if (m === undefined) {
    const what = where === 1 ? "'async with' received an object from __aenter__ that does not implement __await__: " + typeName(v)
      : where === 2 ? "'async with' received an object from __aexit__ that does not implement __await__: " + typeName(v)
      : `object ${typeName(v)} can't be used in 'await' expression`;
    throw typeError(what);
  }
  const it = callDescriptor(m, v, []);
  if (it instanceof Generator && it.kind === 'coroutine') throw typeError('__await__() returned a coroutine');
  if (typeOf(it).lookup('__next__') === undefined && !(it instanceof Generator)) {
    throw typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}

export function getAiter(v: PyValue): PyValue {
  const m = typeOf(v).lookup('__aiter__');
  if (m === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
  const it = callDescriptor(m, v, []);
  if (typeOf(it).lookup('__anext__') === undefined) {
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  return it;
}

export function getAnext(v: PyValue): PyValue {
  const m = typeOf(v).lookup('__anext__');
  if (m === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(v)}`);
  const awaitable = callDescriptor(m, v, []);
  try {
    return getAwaitable(awaitable, 0);
  } catch (e) {
    if (e instanceof PyException && e.cls === excType('TypeError')) {
      throw typeError(`'async for' received an invalid object from __anext__: ${typeName(awaitable)}`);
    }
    throw e;
  }
}

/** BEFORE_ASYNC_WITH: (mgr -- aexit, aenter()). */
export function beforeAsyncWith(stack: PyValue[], sp: number): number {
  const mgr = stack[sp - 1]!;
  const t = typeOf(mgr);
  const enter = t.lookup('__aenter__');
  if (enter === undefined) {
    throw typeError(`'${t.tpName}' object does not support the asynchronous context manager protocol`);
  }
  const exit = t.lookup('__aexit__');
  if (exit === undefined) {
    throw typeError(`'${t.tpName}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  }
  stack[sp - 1] = bindDescriptor(exit, mgr, t);
  stack[sp++] = callDescriptor(enter, mgr, []);
  return sp;
}

// ---------------------------------------------------------------------------
// Imports

export function importName(name: string, fromlist: PyValue, level: PyValue, frame: Frame): PyValue {
  if (level !== 0) throw pyErr('ImportError', 'attempted relative import with no known parent package');
  const mod = importModule(name);
  if (fromlist === None || (fromlist instanceof PyTuple && fromlist.items.length === 0)) {
    const top = name.split('.')[0]!;
    return top === name ? mod : importModule(top);
  }
  void frame;
  return mod;
}

export function importFrom(mod: PyValue, name: string): PyValue {
  let v: PyValue | undefined;
  try {
    v = getAttrOrUndefined(mod, name);
  } catch (e) {
    // An AttributeError (say from a module's __getattr__) means "not there", as in CPython's IMPORT_FROM.
    if (!(e instanceof PyException && e.cls.isSubtypeOf(excType('AttributeError')))) throw e;
  }
  if (v !== undefined) return v;
  if (mod instanceof PyModule) {
    const sub = `${mod.name}.${name}`;
    try {
      return importModule(sub);
    } catch {
      // fall through to CPython's message
    }
    throw pyErr('ImportError', `cannot import name '${name}' from '${mod.name}' (unknown location)`);
  }
  throw pyErr('ImportError', `cannot import name '${name}'`);
}

function importStar(mod: PyValue, frame: Frame): void {
  const loc = frame.locals!;
  const all = mod instanceof PyModule ? mod.dict.getStr('__all__') : undefined;
  if (all !== undefined) {
    for (const n of toArray(all)) loc.set(n, getAttr(mod, n as string));
    return;
  }
  if (mod instanceof PyModule) {
    for (const [k, v] of mod.dict.entries()) if (typeof k === 'string' && !k.startsWith('_')) loc.set(k, v);
  }
}

// ---------------------------------------------------------------------------
// Pattern matching

export function getLen(v: PyValue): number {
  return len(v);
}

export function matchMapping(v: PyValue): boolean {
  if (v instanceof PyDict) return true;
  return abcFlag(v, 'mapping');
}

export function matchSequence(v: PyValue): boolean {
  if (typeof v === 'string' || v instanceof PyBoxed) return false;
  if (typeof v === 'object' && (v.cls.isSubtypeOf(listType) || v.cls.isSubtypeOf(tupleType))) return true;
  if (typeof v === 'object' && v.cls.name === 'range' && v.cls.builtin) return true;
  if (typeof v === 'object' && v.cls.name === 'deque') return true;
  return abcFlag(v, 'sequence');
}

function abcFlag(v: PyValue, kind: 'mapping' | 'sequence'): boolean {
  const t = typeOf(v);
  for (const b of t.mro) {
    const flag = b.dict.getStr('__etpy_abc__');
    if (flag === kind) return true;
  }
  return false;
}

export function matchKeys(subject: PyValue, keys: PyValue): PyValue {
  const ks = (keys as PyTuple).items;
  const values: PyValue[] = [];
  const get = getAttr(subject, 'get');
  const dummy = new PyTuple(tupleType, []);
  for (const k of ks) {
    const v = callValue(get, [k, dummy], null);
    if (v === dummy) return None;
    values.push(v);
  }
  return new PyTuple(tupleType, values);
}

export function matchClass(subject: PyValue, cls: PyValue, nargs: number, kwargs: PyTuple): PyValue {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a class');
  if (!typeOf(subject).isSubtypeOf(cls)) return None;
  const out: PyValue[] = [];
  if (nargs > 0) {
    const matchArgs = getAttrOrUndefined(cls, '__match_args__');
    const selfMatch = [...MATCH_SELF].some((n) => cls.isSubtypeOf(n()));
    if (matchArgs === undefined) {
      if (selfMatch && nargs === 1) {
        out.push(subject);
      } else if (selfMatch) {
        throw typeError(`${cls.name}() accepts 1 positional sub-pattern (${nargs} given)`);
      } else {
        throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${nargs} given)`);
      }
    } else {
      if (!(matchArgs instanceof PyTuple)) throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
      if (nargs > matchArgs.items.length) {
        throw typeError(`${cls.name}() accepts ${matchArgs.items.length} positional sub-pattern${matchArgs.items.length === 1 ? '' : 's'} (${nargs} given)`);
      }
      for (let i = 0; i < nargs; i++) {
        const v = getAttrOrUndefined(subject, matchArgs.items[i] as string);
        if (v === undefined) return None;
        out.push(v);
      }
    }
  }
  for (const k of kwargs.items) {
    const v = getAttrOrUndefined(subject, k as string);
    if (v === undefined) return None;
    out.push(v);
  }
  return new PyTuple(tupleType, out);
}

/** Classes whose instances match `C(x)` as the whole subject (MATCH_CLASS's _Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF: (() => PyType)[] = [
  () => boolType, () => bytearrayType, () => bytesType, () => dictType, () => floatType, () => frozensetType,
  () => intType, () => listType, () => setType, () => strType, () => tupleType,
];

// ---------------------------------------------------------------------------
// Intrinsics

export function callIntrinsic1(which: number, v: PyValue, frame: Frame): PyValue {
  switch (which) {
    case 1: // INTRINSIC_PRINT (interactive mode only)
      return None;
    case 2: // INTRINSIC_IMPORT_STAR
      importStar(v, frame);
      return None;
    case 3: { // INTRINSIC_STOPITERATION_ERROR
      const e = v as PyException;
      if (e.cls.isSubtypeOf(stopIterationType())) {
        const gen = frame.generator as Generator | null;
        const what = gen !== null && gen.kind === 'coroutine' ? 'coroutine' : gen !== null && gen.kind === 'async_generator' ? 'async generator' : 'generator';
        const err = pyErr('RuntimeError', `${what} raised StopIteration`);
        err.cause = e;
        err.context = e;
        err.suppressContext = true;
        return err;
      }
      return v;
    }
    case 4: // INTRINSIC_ASYNC_GEN_WRAP: async generators are not distinguished further
      return v;
    case 5: // INTRINSIC_UNARY_POSITIVE
      return unaryPositive(v);
    case 6: // INTRINSIC_LIST_TO_TUPLE
      return new PyTuple(tupleType, (v as PyList).items.slice());
    // PEP 695 type parameters: typing's classes, made as `TypeVar('T')` would.
    case 7: // INTRINSIC_TYPEVAR
      return callValue(typingAttr('TypeVar'), [v], inferVariance());
    case 8: // INTRINSIC_PARAMSPEC
      return callValue(typingAttr('ParamSpec'), [v], inferVariance());
    case 9: // INTRINSIC_TYPEVARTUPLE
      return callValue(typingAttr('TypeVarTuple'), [v], null);
    case 10: // INTRINSIC_SUBSCRIPT_GENERIC
      return getItem(typingAttr('Generic'), v);
    case 11: { // INTRINSIC_TYPEALIAS: (name, type_params, compute_value)
      const [name, params, compute] = (v as PyTuple).items as [PyValue, PyValue, PyValue];
      return new TypeAlias(name, params, compute);
    }
    default:
      throw pyErr('SystemError', `etpy: unknown intrinsic ${which}`);
  }
}

function typingAttr(name: string): PyValue {
  return getAttr(importModule('typing'), name);
}

function inferVariance(): Map<string, PyValue> {
  return new Map([['infer_variance', true]]);
}

/** `type X = ...` (typing.TypeAliasType): the value is computed on first use. */
export const typeAliasType = builtinType('TypeAliasType', undefined, { module: 'typing', subclassable: false });

class TypeAlias extends PyObject {
  /** Holds Python values a generator-release walk cannot list (release.ts). */
  get holdsUnlistedValues(): boolean {
    return true;
  }

  private value: PyValue | undefined;
  constructor(readonly name: PyValue, readonly params: PyValue, private readonly compute: PyValue) {
    super(typeAliasType);
  }
  get evaluated(): PyValue {
    this.value ??= callValue(this.compute, [], null);
    return this.value;
  }
}

export function installTypeAliasType(): void {
  defMethods(typeAliasType, {
    __repr__: (self) => asStr((self as TypeAlias).name) ?? '?',
    __getitem__: (self, args) => getItem((self as TypeAlias).evaluated, args[0]!),
    __or__: (self, args) => unionOf(self, args[0]!),
    __ror__: (self, args) => unionOf(args[0]!, self),
  });
  defGetSet(typeAliasType, '__name__', (self) => (self as TypeAlias).name);
  defGetSet(typeAliasType, '__value__', (self) => (self as TypeAlias).evaluated);
  defGetSet(typeAliasType, '__type_params__', (self) => {
    const p = (self as TypeAlias).params;
    return p === None ? new PyTuple(tupleType, []) : p;
  });
  defGetSet(typeAliasType, '__module__', () => '__main__');
}

function unionOf(a: PyValue, b: PyValue): PyValue {
  return getItem(typingAttr('Union'), new PyTuple(tupleType, [a, b]));
}

export function callIntrinsic2(which: number, a: PyValue, b: PyValue): PyValue {
  switch (which) {
    case 1: // INTRINSIC_PREP_RERAISE_STAR
      return prepReraiseStar(a, b);
    case 2: { // INTRINSIC_TYPEVAR_WITH_BOUND: the bound comes from a function, evaluated here
      const kw = inferVariance();
      kw.set('bound', callValue(b, [], null));
      return callValue(typingAttr('TypeVar'), [a], kw);
    }
    case 3: { // INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
      const constraints = callValue(b, [], null) as PyTuple;
      return callValue(typingAttr('TypeVar'), [a, ...constraints.items], inferVariance());
    }
    case 4: // INTRINSIC_SET_FUNCTION_TYPE_PARAMS
      (a as PyFunction).typeParams = b;
      return a;
    default:
      throw pyErr('SystemError', `etpy: unknown intrinsic2 ${which}`);
  }
}

function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const raised = (excs as PyList).items.filter((e) => e !== None);
  if (raised.length === 0) return None;
  if (raised.length === 1) return raised[0]!;
  return makeExceptionGroup(excType('BaseExceptionGroup'), '', new PyList(listType, raised));
}



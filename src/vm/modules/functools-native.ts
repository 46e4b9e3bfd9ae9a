// _functools: the parts of functools CPython writes in C — reduce, partial,
// cmp_to_key's KeyWrapper — and lru_cache's key function, natively.
import {
  type KwArgs, PyModule, PyObject, PyStaticMethod, PyTuple, PyType, type PyValue, PyDict,
} from '../object.js';
import { None, builtinType, objectType, moduleType, newDict, staticmethodType, tupleType, typeOf, intType, strType } from '../types.js';
import { pyErr, typeError } from '../errors.js';
import {
  getIterOrUndefined, iterNext, repr, reprEnter, reprLeave, richCompare, typeName, asStr,
} from '../protocols.js';
import { builtinFunction, callValue, defGetSet, defMethods } from '../call.js';
import { registerModule } from '../import.js';
import { allocate, defInstanceDict } from '../type-object.js';
import { addClassGetItem } from '../generic-alias.js';

// ---------------------------------------------------------------------------
// reduce

function reduce(args: PyValue[], kw: KwArgs | null): PyValue {
  if (kw !== null && kw.size > 0) throw typeError('reduce() takes no keyword arguments');
  if (args.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${args.length}`);
  if (args.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${args.length}`);
  const fn = args[0]!;
  const it = getIterOrUndefined(args[1]!);
  if (it === undefined) throw typeError('reduce() arg 2 must support iteration');
  let acc: PyValue | undefined = args[2];
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    acc = acc === undefined ? v : callValue(fn, [acc, v], null);
  }
  if (acc === undefined) throw typeError('reduce() of empty iterable with no initial value');
  return acc;
}

// ---------------------------------------------------------------------------
// partial

export class PyPartial extends PyObject {
  fn: PyValue = None;
  args: PyValue[] = [];
  kw: PyDict = newDict();

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return [this.fn, ...this.args, this.kw];
  }
}

export const partialType = builtinType('partial', objectType, { instanceDict: true, module: 'functools' });
partialType.hasWeakref = true;
defInstanceDict(partialType);
partialType.makeInstance = (cls) => new PyPartial(cls);

function selfPartial(v: PyValue): PyPartial {
  if (v instanceof PyPartial) return v;
  throw typeError(`descriptor requires a 'functools.partial' object but received '${typeName(v)}'`);
}

function isCallable(v: PyValue): boolean {
  return v instanceof PyType || typeOf(v).lookup('__call__') !== undefined;
}

partialType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError('partial.__new__(X): X is not a type object');
  if (args.length < 2) throw typeError("type 'partial' takes at least one argument");
  let fn = args[1]!;
  if (!isCallable(fn)) throw typeError('the first argument must be callable');
  let pargs = args.slice(2);
  const kwd = newDict();
  if (fn instanceof PyPartial && fn.cls === partialType && cls === partialType && (fn.dict === null || fn.dict.size === 0)) {
    pargs = fn.args.concat(pargs);
    for (const [k, v] of fn.kw.entries()) kwd.set(k, v);
    fn = fn.fn;
  }
  if (kw !== null) for (const [k, v] of kw) kwd.set(k, v);
  const p = allocate(cls) as PyPartial;
  p.fn = fn;
  p.args = pargs;
  p.kw = kwd;
  return p;
}, 'partial.__new__')));

function partialRepr(p: PyPartial): string {
  const name = p.cls === partialType ? 'functools.partial' : p.cls.name;
  if (!reprEnter(p)) return '...';
  try {
    const parts = [repr(p.fn), ...p.args.map(repr)];
    for (const [k, v] of p.kw.entries()) parts.push(`${asStr(k) ?? repr(k)}=${repr(v)}`);
    return `${name}(${parts.join(', ')})`;
  } finally {
    reprLeave(p);
  }
}

defMethods(partialType, {
  __call__: (self, args, kw) => {
    const p = selfPartial(self);
    let merged: KwArgs | null = null;
    if (p.kw.size > 0 || (kw !== null && kw.size > 0)) {
      merged = new Map();
      for (const [k, v] of p.kw.entries()) merged.set(k as string, v);
      if (kw !== null) for (const [k, v] of kw) merged.set(k, v);
    }
    return callValue(p.fn, p.args.length === 0 ? args : p.args.concat(args), merged);
  },
  __repr__: (self) => partialRepr(selfPartial(self)),
});
const readonly = (): void => { throw pyErr('AttributeError', 'readonly attribute'); };
defGetSet(partialType, 'func', (self) => selfPartial(self).fn, readonly);
defGetSet(partialType, 'args', (self) => new PyTuple(tupleType, selfPartial(self).args.slice()), readonly);
defGetSet(partialType, 'keywords', (self) => selfPartial(self).kw, readonly);
partialType.invalidate();
addClassGetItem(partialType);

// ---------------------------------------------------------------------------
// cmp_to_key

class PyKeyWrapper extends PyObject {
  constructor(readonly cmp: PyValue, public obj: PyValue | undefined) {
    super(keyWrapperType);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return this.obj === undefined ? [this.cmp] : [this.cmp, this.obj];
  }
}

const keyWrapperType = builtinType('KeyWrapper', objectType, { subclassable: false, module: 'functools' });

function keyCompare(op: number) {
  return (self: PyValue, args: PyValue[]): PyValue => {
    const a = self as PyKeyWrapper;
    const b = args[0]!;
    if (!(b instanceof PyKeyWrapper)) throw typeError('other argument must be K instance');
    if (a.obj === undefined || b.obj === undefined) throw pyErr('AttributeError', 'object');
    const res = callValue(a.cmp, [a.obj, b.obj], null);
    return richCompare(res, 0, op);
  };
}

defMethods(keyWrapperType, {
  __call__: (self, args, kw) => {
    const k = self as PyKeyWrapper;
    if (kw !== null && kw.size > 0) {
      const [name] = [...kw.keys()];
      if (name !== 'obj' || args.length > 0 || kw.size > 1) throw typeError(`'${name}' is an invalid keyword argument for K()`);
      return new PyKeyWrapper(k.cmp, kw.get('obj')!);
    }
    if (args.length !== 1) {
      throw typeError(args.length === 0 ? "K() missing required argument 'obj' (pos 1)" : `K() takes at most 1 argument (${args.length} given)`);
    }
    return new PyKeyWrapper(k.cmp, args[0]!);
  },
  __lt__: keyCompare(0),
  __le__: keyCompare(1),
  __eq__: keyCompare(2),
  __ne__: keyCompare(3),
  __gt__: keyCompare(4),
  __ge__: keyCompare(5),
});
keyWrapperType.dict.setStr('__hash__', None);
defGetSet(keyWrapperType, 'obj', (self) => {
  const o = (self as PyKeyWrapper).obj;
  if (o === undefined) throw pyErr('AttributeError', 'obj');
  return o;
}, (self, v) => {
  (self as PyKeyWrapper).obj = v;
});
keyWrapperType.invalidate();

function cmpToKey(args: PyValue[], kw: KwArgs | null): PyValue {
  let fn: PyValue | undefined = args[0];
  if (kw !== null) {
    for (const [k, v] of kw) {
      if (k !== 'mycmp' || fn !== undefined) throw typeError(`cmp_to_key() got an unexpected keyword argument '${k}'`);
      fn = v;
    }
  }
  if (fn === undefined) throw typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)");
  if (args.length > 1) throw typeError(`cmp_to_key() takes at most 1 argument (${args.length} given)`);
  return new PyKeyWrapper(fn, undefined);
}

// ---------------------------------------------------------------------------
// lru_cache's key (Modules/_functoolsmodule.c lru_cache_make_key)

const kwdMark = new PyObject(builtinType('_kwd_mark', objectType, { subclassable: false, module: 'functools' }));

function makeKey(args: PyValue[]): PyValue {
  const [tuple, kwds, typed] = args as [PyTuple, PyDict, PyValue];
  const pos = tuple.items;
  const isTyped = typed === true;
  if (!isTyped && kwds.size === 0 && pos.length === 1) {
    const t = typeOf(pos[0]!);
    if (t === intType || t === strType) return pos[0]!;
  }
  const key: PyValue[] = pos.slice();
  if (kwds.size > 0) {
    key.push(kwdMark);
    for (const [k, v] of kwds.entries()) key.push(k, v);
  }
  if (isTyped) {
    for (const v of pos) key.push(typeOf(v));
    for (const [, v] of kwds.entries()) key.push(typeOf(v));
  }
  return new PyTuple(tupleType, key);
}

registerModule('_functools', () => {
  const d = newDict();
  const m = new PyModule(moduleType, '_functools', d);
  d.setStr('__name__', '_functools');
  d.setStr('reduce', builtinFunction('reduce', reduce));
  d.setStr('partial', partialType);
  d.setStr('cmp_to_key', builtinFunction('cmp_to_key', cmpToKey));
  d.setStr('KeyWrapper', keyWrapperType);
  d.setStr('_make_key', builtinFunction('_make_key', makeKey));
  return m;
});

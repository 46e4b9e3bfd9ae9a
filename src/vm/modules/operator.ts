// operator: the operators as functions (CPython's _operator, so the same
// dispatch as the bytecode operators and the same argument errors), and the
// callable types itemgetter, attrgetter and methodcaller with their reprs.
import { type KwArgs, mapItems, PyObject, PyStaticMethod, PyTuple, PyType, type PyValue } from '../object.js';
import { None, NotImplemented, builtinType, staticmethodType, tupleType } from '../types.js';
import { argRange, builtinFunction, callValue, defMethods, noKw, oneArg } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import {
  COMPARE_OPS, asStr, callSpecial, contains, delItem, eq, getAttr, getItem, getIter, iterNext, len, repr,
  richCompare, setItem, truthy, typeName,
} from '../protocols.js';
import { binaryOp, unaryInvert, unaryNegative, unaryPositive } from '../operators.js';
import { indexOf } from '../slice.js';
import { type PyModule } from '../object.js';
import { makeNativeModule } from './native.js';

type Native = (args: PyValue[], kw: KwArgs | null) => PyValue;

function binary(name: string, f: (a: PyValue, b: PyValue) => PyValue): Native {
  const qual = `_operator.${name}`;
  return (args, kw) => {
    noKw(qual, kw);
    argRange(name, args, null, 2, 2);
    return f(args[0]!, args[1]!);
  };
}

function unary(name: string, f: (a: PyValue) => PyValue): Native {
  const qual = `_operator.${name}`;
  return (args, kw) => f(oneArg(qual, args, kw));
}

/** A sequence for PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(v: PyValue): boolean {
  if (typeof v === 'string') return true;
  if (typeof v !== 'object') return false;
  const t = v.cls;
  if (t.mro.some((b) => b.name === 'dict' && b.builtin)) return false;
  return t.lookup('__getitem__') !== undefined;
}

function concat(inplace: boolean) {
  return (a: PyValue, b: PyValue): PyValue => {
    if (!isSequence(a)) throw typeError(`'${typeName(a)}' object can't be concatenated`);
    return binaryOp(inplace ? 13 : 0, a, b);
  };
}

function abs(v: PyValue): PyValue {
  if (typeof v === 'number') return Math.abs(v);
  const r = callSpecial(v, '__abs__', []);
  if (r === undefined) throw typeError(`bad operand type for abs(): '${typeName(v)}'`);
  return r;
}

function countOf(a: PyValue, b: PyValue): PyValue {
  const it = iterOrContainsError(a);
  let n = 0;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) if (x === b || eq(x, b)) n++;
  return n;
}

function indexOfItem(a: PyValue, b: PyValue): PyValue {
  const it = iterOrContainsError(a);
  let i = 0;
  for (let x = iterNext(it); x !== undefined; x = iterNext(it), i++) if (x === b || eq(x, b)) return i;
  throw pyErr('ValueError', 'sequence.index(x): x not in sequence');
}

function iterOrContainsError(a: PyValue): PyValue {
  try {
    return getIter(a);
  } catch (e) {
    throw typeError(`argument of type '${typeName(a)}' is not iterable`);
  }
}

function lengthHint(args: PyValue[], kw: KwArgs | null): PyValue {
  noKw('_operator.length_hint', kw);
  argRange('length_hint', args, null, 1, 2);
  const obj = args[0]!;
  let dflt: PyValue = 0;
  if (args[1] !== undefined) {
    dflt = args[1];
    if (typeof dflt !== 'number' && typeof dflt !== 'bigint' && typeof dflt !== 'boolean') {
      indexOf(dflt, () => `'${typeName(dflt)}' object cannot be interpreted as an integer`);
    }
  }
  if (typeof obj === 'string' || (typeof obj === 'object' && obj.cls.lookup('__len__') !== undefined)) return len(obj);
  const r = callSpecial(obj, '__length_hint__', []);
  if (r === undefined || r === NotImplemented) return dflt;
  return r;
}

const OPS: [string, number][] = [
  ['add', 0], ['and_', 1], ['floordiv', 2], ['lshift', 3], ['matmul', 4], ['mul', 5], ['mod', 6], ['or_', 7],
  ['pow', 8], ['rshift', 9], ['sub', 10], ['truediv', 11], ['xor', 12],
];

function functions(): Record<string, Native> {
  const f: Record<string, Native> = {};
  for (const [name, op] of OPS) {
    f[name] = binary(name, (a, b) => binaryOp(op, a, b));
    const iname = `i${name.replace(/_$/, '')}`;
    f[iname] = binary(iname, (a, b) => binaryOp(op + 13, a, b));
  }
  f.concat = binary('concat', concat(false));
  f.iconcat = binary('iconcat', concat(true));
  COMPARE_OPS.forEach((_, op) => {
    const name = ['lt', 'le', 'eq', 'ne', 'gt', 'ge'][op]!;
    f[name] = binary(name, (a, b) => richCompare(a, b, op));
  });
  f.neg = unary('neg', unaryNegative);
  f.pos = unary('pos', unaryPositive);
  f.abs = unary('abs', abs);
  f.inv = unary('inv', unaryInvert);
  f.invert = unary('invert', unaryInvert);
  f.not_ = unary('not_', (v) => !truthy(v));
  f.truth = unary('truth', (v) => truthy(v));
  f.index = unary('index', (v) => indexOf(v));
  f.is_ = binary('is_', (a, b) => a === b);
  f.is_not = binary('is_not', (a, b) => a !== b);
  f.contains = binary('contains', (a, b) => contains(a, b));
  f.countOf = binary('countOf', countOf);
  f.indexOf = binary('indexOf', indexOfItem);
  f.getitem = binary('getitem', getItem);
  f.setitem = (args, kw) => {
    noKw('_operator.setitem', kw);
    argRange('setitem', args, null, 3, 3);
    setItem(args[0]!, args[1]!, args[2]!);
    return None;
  };
  f.delitem = binary('delitem', (a, b) => {
    delItem(a, b);
    return None;
  });
  f.length_hint = lengthHint;
  f.call = (args, kw) => {
    if (args.length === 0) throw typeError('call expected at least 1 argument, got 0');
    return callValue(args[0]!, args.slice(1), kw);
  };
  return f;
}

// ---------------------------------------------------------------------------
// itemgetter, attrgetter, methodcaller

class PyItemGetter extends PyObject {
  constructor(cls: PyType, readonly items: PyValue[]) {
    super(cls);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return this.items;
  }
}

class PyAttrGetter extends PyObject {
  constructor(cls: PyType, readonly names: string[]) {
    super(cls);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return this.names;
  }
}

class PyMethodCaller extends PyObject {
  constructor(cls: PyType, readonly name: string, readonly args: PyValue[], readonly kw: KwArgs | null) {
    super(cls);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return this.kw === null ? this.args : [...this.args, ...this.kw.values()];
  }
}

function callableType(name: string, make: (cls: PyType, args: PyValue[], kw: KwArgs | null) => PyObject): PyType {
  const t = builtinType(name, undefined, { module: 'operator' });
  t.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => make(args[0] as PyType, args.slice(1), kw))));
  t.invalidate();
  return t;
}

function oneCallArg(name: string, args: PyValue[], kw: KwArgs | null): PyValue {
  if (kw !== null && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0]!;
}

let itemgetterType: PyType | null = null;
let attrgetterType: PyType | null = null;
let methodcallerType: PyType | null = null;

function makeTypes(): void {
  if (itemgetterType !== null) return;
  itemgetterType = callableType('itemgetter', (cls, args, kw) => {
    noKw('itemgetter', kw);
    if (args.length === 0) throw typeError('itemgetter expected 1 argument, got 0');
    return new PyItemGetter(cls, args);
  });
  defMethods(itemgetterType, {
    __call__: (self, args, kw) => {
      const obj = oneCallArg('itemgetter', args, kw);
      const items = (self as PyItemGetter).items;
      if (items.length === 1) return getItem(obj, items[0]!);
      return new PyTuple(tupleType, mapItems(items, (k) => getItem(obj, k)));
    },
    __repr__: (self) => `operator.itemgetter(${(self as PyItemGetter).items.map(repr).join(', ')})`,
  });

  attrgetterType = callableType('attrgetter', (cls, args, kw) => {
    noKw('attrgetter', kw);
    if (args.length === 0) throw typeError('attrgetter expected 1 argument, got 0');
    const names = args.map((a) => {
      const s = asStr(a);
      if (s === undefined) throw typeError('attribute name must be a string');
      return s;
    });
    return new PyAttrGetter(cls, names);
  });
  const dotted = (obj: PyValue, name: string): PyValue => {
    let v = obj;
    for (const part of name.split('.')) v = getAttr(v, part);
    return v;
  };
  defMethods(attrgetterType, {
    __call__: (self, args, kw) => {
      const obj = oneCallArg('attrgetter', args, kw);
      const names = (self as PyAttrGetter).names;
      if (names.length === 1) return dotted(obj, names[0]!);
      return new PyTuple(tupleType, mapItems(names, (n) => dotted(obj, n)));
    },
    __repr__: (self) => `operator.attrgetter(${(self as PyAttrGetter).names.map(repr).join(', ')})`,
  });

  methodcallerType = callableType('methodcaller', (cls, args, kw) => {
    if (args.length === 0) throw typeError('methodcaller needs at least one argument, the method name');
    const name = asStr(args[0]!);
    if (name === undefined) throw typeError('method name must be a string');
    return new PyMethodCaller(cls, name, args.slice(1), kw !== null && kw.size > 0 ? new Map(kw) : null);
  });
  defMethods(methodcallerType, {
    __call__: (self, args, kw) => {
      const obj = oneCallArg('methodcaller', args, kw);
      const m = self as PyMethodCaller;
      return callValue(getAttr(obj, m.name), m.args, m.kw);
    },
    __repr__: (self) => {
      const m = self as PyMethodCaller;
      const parts = [repr(m.name), ...m.args.map(repr)];
      if (m.kw !== null) for (const [k, v] of m.kw) parts.push(`${k}=${repr(v)}`);
      return `operator.methodcaller(${parts.join(', ')})`;
    },
  });
}

export function makeOperatorModule(): PyModule {
  makeTypes();
  const fns = functions();
  const m = makeNativeModule('operator', fns);
  for (const [name] of Object.entries(fns)) {
    const dunder = name.replace(/_$/, '');
    if (['countOf', 'indexOf', 'is_', 'is_not', 'length_hint', 'truth'].includes(name)) continue;
    m.dict.setStr(`__${dunder}__`, m.dict.getStr(name)!);
  }
  m.dict.setStr('itemgetter', itemgetterType!);
  m.dict.setStr('attrgetter', attrgetterType!);
  m.dict.setStr('methodcaller', methodcallerType!);
  return m;
}

// types.GenericAlias (`list[int]`, `dict[str, list[int]]`, `tuple[int, ...]`)
// and types.UnionType (`int | None`), as Objects/genericaliasobject.c and
// unionobject.c: their reprs, __origin__/__args__/__parameters__, equality
// and hashing, calling the origin, __mro_entries__, TypeVar substitution,
// and the isinstance()/issubclass() rules. Installs __class_getitem__ on the
// builtin containers and the `|` of type objects.
import { type KwArgs, PyClassMethod, PyException, PyStaticMethod, PyList, PyObject, PyTuple, PyType, type PyValue } from './object.js';
import {
  Ellipsis, None, NotImplemented, builtinType, classmethodType, dictType, excType, frozensetType, listType, noneType,
  setType, staticmethodType, tupleType, typeOf, typeType, mappingProxyType,
} from './types.js';
import { enumerateType } from './iterators.js';
import { builtinFunction, callValue, defGetSet, defMethods } from './call.js';
import { typeError } from './errors.js';
import { callSpecial, eq, getAttr, getAttrOrUndefined, hash, makeGenericAliasHook, repr, setAttr } from './protocols.js';
import { setUnionFactory } from './type-object.js';
import { isInstance, isSubclass } from './builtins.js';
import { newSet } from './set.js';
import { normInt } from './int-ops.js';

export const genericAliasType = builtinType('GenericAlias', undefined, { module: 'types' });
export const unionType = builtinType('UnionType', undefined, { module: 'types', subclassable: false });

export class PyGenericAlias extends PyObject {
  parameters: PyTuple | null = null;
  constructor(readonly origin: PyValue, readonly args: PyTuple, readonly starred = false) {
    super(genericAliasType);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return [this.origin, this.args];
  }
}

export class PyUnion extends PyObject {
  parameters: PyTuple | null = null;
  constructor(readonly args: PyTuple) {
    super(unionType);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return [this.args];
  }
}

function tuple(items: PyValue[]): PyTuple {
  return new PyTuple(tupleType, items);
}

/** The text of one argument in a repr: `module.qualname` for classes, `...`, or repr(). */
export function typeRepr(v: PyValue): string {
  if (v === Ellipsis) return '...';
  if (v instanceof PyType) {
    const qual = getAttrOrUndefined(v, '__qualname__');
    const mod = getAttrOrUndefined(v, '__module__');
    if (qual !== undefined && typeof qual === 'string' && mod !== undefined && typeof mod === 'string') {
      return mod === 'builtins' ? qual : `${mod}.${qual}`;
    }
  }
  if (v instanceof PyTuple && v.cls === tupleType && v.items.length === 0) return '()';
  return repr(v);
}

function aliasRepr(a: PyGenericAlias): string {
  const args = a.args.items;
  let inner: string;
  if (args.length === 0) inner = '()';
  else inner = args.map((x) => (typeOf(x) === listType ? listArgRepr(x) : typeRepr(x))).join(', ');
  return `${a.starred ? '*' : ''}${typeRepr(a.origin)}[${inner}]`;
}

/** A list argument (Callable-like aliases): `[int, str]`. */
function listArgRepr(x: PyValue): string {
  return `[${(x as PyList).items.map(typeRepr).join(', ')}]`;
}

/** A TypeVar-like object: its type defines __typing_subst__ (typing.TypeVar, ParamSpec, ...). */
function isTypeVarLike(v: PyValue): boolean {
  return !(v instanceof PyType) && typeof v === 'object' && typeOf(v).lookup('__typing_subst__') !== undefined;
}

/** _Py_make_parameters: the TypeVars among the arguments and inside them, first occurrence first. */
function makeParameters(args: PyValue[]): PyTuple {
  const out: PyValue[] = [];
  const add = (p: PyValue): void => {
    if (!out.includes(p)) out.push(p);
  };
  for (const a of args) {
    if (a instanceof PyType) continue;
    if (isTypeVarLike(a)) { add(a); continue; }
    if (typeof a === 'object') {
      const ps = getAttrOrUndefined(a, '__parameters__');
      if (ps instanceof PyTuple) for (const p of ps.items) add(p);
    }
  }
  return tuple(out);
}

function aliasParameters(a: PyGenericAlias): PyTuple {
  a.parameters ??= makeParameters(a.args.items);
  return a.parameters;
}

/** Replaces the TypeVars in `v` by their arguments (recursively through aliases). */
function substitute(v: PyValue, params: PyValue[], subst: PyValue[]): PyValue {
  const i = params.indexOf(v);
  if (i >= 0) return subst[i]!;
  if (v instanceof PyType || typeof v !== 'object') return v;
  const ps = getAttrOrUndefined(v, '__parameters__');
  if (!(ps instanceof PyTuple) || ps.items.length === 0) return v;
  const inner = ps.items.map((p) => substitute(p, params, subst));
  return callSpecial(v, '__getitem__', [inner.length === 1 ? inner[0]! : tuple(inner)]) ?? v;
}

makeGenericAliasHook.make = (origin, args) => makeGenericAlias(origin, args);

export function makeGenericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  const items = args instanceof PyTuple && args.cls === tupleType ? args : tuple([args]);
  return new PyGenericAlias(origin, items);
}

defMethods(genericAliasType, {
  __repr__: (self) => aliasRepr(self as PyGenericAlias),
  __call__: (self, args, kw) => {
    const a = self as PyGenericAlias;
    const result = callValue(a.origin, args, kw);
    try {
      setAttr(result, '__orig_class__', a);
    } catch (e) {
      if (!(e instanceof PyException) || !(e.cls.isSubtypeOf(excType('AttributeError')) || e.cls.isSubtypeOf(excType('TypeError')))) throw e;
    }
    return result;
  },
  __mro_entries__: (self) => tuple([(self as PyGenericAlias).origin]),
  __eq__: (self, args) => {
    const o = args[0]!;
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    const a = self as PyGenericAlias;
    if (a.starred !== o.starred) return false;
    return eq(a.origin, o.origin) && eq(a.args, o.args);
  },
  __ne__: (self, args) => {
    const o = args[0]!;
    if (!(o instanceof PyGenericAlias)) return NotImplemented;
    const a = self as PyGenericAlias;
    return !(a.starred === o.starred && eq(a.origin, o.origin) && eq(a.args, o.args));
  },
  __hash__: (self) => {
    const a = self as PyGenericAlias;
    return normInt(BigInt.asIntN(64, hash(a.origin) ^ hash(a.args)));
  },
  __getitem__: (self, args) => {
    const a = self as PyGenericAlias;
    const params = aliasParameters(a).items;
    if (params.length === 0) throw typeError(`${aliasRepr(a)} is not a generic class`);
    const key = args[0]!;
    const subst = key instanceof PyTuple && key.cls === tupleType ? key.items : [key];
    if (subst.length !== params.length) {
      throw typeError(`Too ${subst.length > params.length ? 'many' : 'few'} arguments for ${aliasRepr(a)}; actual ${subst.length}, expected ${params.length}`);
    }
    const newArgs = a.args.items.map((x) => substitute(x, params, subst));
    return new PyGenericAlias(a.origin, tuple(newArgs));
  },
  __or__: (self, args) => unionOr(self, args[0]!),
  __ror__: (self, args) => unionOr(args[0]!, self),
  __instancecheck__: () => { throw typeError('isinstance() argument 2 cannot be a parameterized generic'); },
  __subclasscheck__: () => { throw typeError('issubclass() argument 2 cannot be a parameterized generic'); },
  __dir__: (self) => callValue(getAttr((self as PyGenericAlias).origin, '__dir__'), [], null),
  __reduce__: (self) => {
    const a = self as PyGenericAlias;
    return tuple([genericAliasType, tuple([a.origin, a.args])]);
  },
});
genericAliasType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('GenericAlias() takes no keyword arguments');
  if (args.length !== 3) throw typeError(`GenericAlias expected 2 arguments, got ${Math.max(0, args.length - 1)}`);
  return makeGenericAlias(args[1]!, args[2]!);
})));
genericAliasType.invalidate();
defGetSet(genericAliasType, '__origin__', (self) => (self as PyGenericAlias).origin);
defGetSet(genericAliasType, '__args__', (self) => (self as PyGenericAlias).args);
defGetSet(genericAliasType, '__parameters__', (self) => aliasParameters(self as PyGenericAlias));
defGetSet(genericAliasType, '__unpacked__', (self) => (self as PyGenericAlias).starred);

// ---------------------------------------------------------------------------
// X | Y

/** Acceptable operands of `|` between types (unionobject.c is_unionable). */
function isUnionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyGenericAlias || v instanceof PyUnion;
}

function unionArgs(v: PyValue): PyValue[] {
  if (v instanceof PyUnion) return v.args.items;
  return [v === None ? noneType : v];
}

/** `a | b` on types: NotImplemented unless both sides may form a union. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  const items: PyValue[] = [];
  for (const x of [...unionArgs(a), ...unionArgs(b)]) {
    if (!items.some((y) => y === x || (x instanceof PyGenericAlias && y instanceof PyGenericAlias && eq(x, y)))) items.push(x);
  }
  if (items.length === 1) return items[0]!;
  return new PyUnion(tuple(items));
}

function unionRepr(u: PyUnion): string {
  return u.args.items.map((x) => (x === noneType ? 'None' : typeRepr(x))).join(' | ');
}

function unionCheck(u: PyUnion, what: 'isinstance' | 'issubclass', v: PyValue): boolean {
  for (const a of u.args.items) {
    if (a instanceof PyGenericAlias) throw typeError(`${what}() argument 2 cannot be a parameterized generic`);
  }
  return u.args.items.some((a) => (what === 'isinstance' ? isInstance(v, a) : isSubclass(v, a)));
}

function unionSet(u: PyUnion): PyObject {
  return newSet(u.args.items, frozensetType);
}

defMethods(unionType, {
  __repr__: (self) => unionRepr(self as PyUnion),
  __or__: (self, args) => unionOr(self, args[0]!),
  __ror__: (self, args) => unionOr(args[0]!, self),
  __eq__: (self, args) => {
    const o = args[0]!;
    if (!(o instanceof PyUnion)) return NotImplemented;
    return eq(unionSet(self as PyUnion), unionSet(o));
  },
  __ne__: (self, args) => {
    const o = args[0]!;
    if (!(o instanceof PyUnion)) return NotImplemented;
    return !eq(unionSet(self as PyUnion), unionSet(o));
  },
  __hash__: (self) => normInt(hash(unionSet(self as PyUnion))),
  __instancecheck__: (self, args) => unionCheck(self as PyUnion, 'isinstance', args[0]!),
  __subclasscheck__: (self, args) => unionCheck(self as PyUnion, 'issubclass', args[0]!),
  __getitem__: (self, args) => {
    const u = self as PyUnion;
    u.parameters ??= makeParameters(u.args.items);
    const params = u.parameters.items;
    if (params.length === 0) throw typeError(`${unionRepr(u)} is not a generic class`);
    const key = args[0]!;
    const subst = key instanceof PyTuple && key.cls === tupleType ? key.items : [key];
    if (subst.length !== params.length) {
      throw typeError(`Too ${subst.length > params.length ? 'many' : 'few'} arguments for ${unionRepr(u)}; actual ${subst.length}, expected ${params.length}`);
    }
    let r: PyValue = substitute(u.args.items[0]!, params, subst);
    for (const x of u.args.items.slice(1)) {
      const next = substitute(x, params, subst);
      const o = unionOr(r, next);
      r = o === NotImplemented ? callSpecial(r, '__or__', [next]) ?? o : o;
    }
    return r;
  },
});
defGetSet(unionType, '__args__', (self) => (self as PyUnion).args);
defGetSet(unionType, '__parameters__', (self) => {
  const u = self as PyUnion;
  u.parameters ??= makeParameters(u.args.items);
  return u.parameters;
});

setUnionFactory(unionOr);

// ---------------------------------------------------------------------------
// __class_getitem__ of the builtin generics

const classGetItem = new PyClassMethod(classmethodType, builtinFunction('__class_getitem__', (args: PyValue[], kw: KwArgs | null) => {
  if (kw !== null && kw.size > 0) throw typeError('__class_getitem__() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`__class_getitem__() takes exactly one argument (${Math.max(0, args.length - 1)} given)`);
  return makeGenericAlias(args[0]!, args[1]!);
}));

// CPython's builtins with __class_getitem__ (type[...] is a special case of subscription, protocols.ts).
for (const t of [listType, dictType, tupleType, setType, frozensetType, enumerateType, mappingProxyType, excType('BaseExceptionGroup')]) {
  t.dict.setStr('__class_getitem__', classGetItem);
  t.invalidate();
}

/** Other modules' generic classes (collections.deque, defaultdict, ...) take the same __class_getitem__. */
export function addClassGetItem(t: PyType): void {
  t.dict.setStr('__class_getitem__', classGetItem);
  t.invalidate();
}

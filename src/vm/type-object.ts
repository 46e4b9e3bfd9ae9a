// `type` and `object`: class creation (type.__new__, __build_class__),
// instantiation (type.__call__ → __new__ + __init__), the attributes every
// type and object has, and `super`.
import {
  type KwArgs, PyCell, PyClassMethod, PyDict, PyFunction, PyInstance, PyObject, PyStaticMethod, PyTuple, PyType,
  type PyValue, PyMethodDescr, PyGetSet,
} from './object.js';
import {
  None, NotImplemented, mappingProxyType, objectType, superType, tupleType, typeOf, typeType, newDict, listType,
  staticmethodType, classmethodType, builtinType, intType, bytesType, setType, frozensetType, functionType, baseExceptionType,
} from './types.js';
import { pyErr, typeError } from './errors.js';
import {
  asStr, bindDescriptor, callDescriptor, getAttr, getAttrOrUndefined, hexAddress, identityHash, repr,
  setObjectGetattribute, str, truthy, notWritable, typeName, genericSetAttr, genericGetAttr, attributeError, toArray,
} from './protocols.js';
import { interpState } from './state.js';
import { builtinFunction, callValue, defGetSet, defMethod, defMethods, getsetDescriptorType, typeCallHook } from './call.js';
import { Frame } from './frame.js';
import { execute } from './eval.js';
import { PyList } from './object.js';
import { PyDictView, dictItemsType, dictKeysType, dictValuesType } from './dict.js';

import { binaryOp } from './operators.js';
import { PySuper, lookupAfter, makeSuper, superGetAttr, superNew } from './super.js';
export { PySuper, lookupAfter, makeSuper };

// ---------------------------------------------------------------------------
// Instantiation

typeCallHook.call = typeCall;

/** The builtin types a class was made from since the last run began (runSource forgets those classes). */
export const builtinsWithClasses = new Set<PyType>();

export function typeCall(t: PyType, args: PyValue[], kw: KwArgs | null): PyValue {
  const meta = t.cls;
  if (meta !== typeType) {
    // A metaclass's own __call__ (class Meta(type): def __call__ ...).
    const call = meta.lookup('__call__');
    if (call !== undefined && call !== typeCallDescr) return callDescriptorKw(call, t, args, kw);
  }
  return typeCallDefault(t, args, kw);
}

/** type.__call__: __new__, then __init__ when __new__ returned an instance of the type. */
function typeCallDefault(t: PyType, args: PyValue[], kw: KwArgs | null): PyValue {
  if (t.plainInitVersion === t.version) {
    // object.__new__ accepts any arguments when __init__ is overridden: it only allocates.
    const made = allocate(t);
    callInit(made, t.plainInit!, args, kw);
    return made;
  }
  if (t.callOne !== null && args.length === 1 && (kw === null || kw.size === 0)) return t.callOne(args[0]!);
  if (!t.instantiable) throw typeError(`cannot create '${t.tpName}' instances`);
  if (t === typeType) {
    if (args.length === 1 && (kw === null || kw.size === 0)) return typeOf(args[0]!);
    if (args.length !== 3) throw typeError('type() takes 1 or 3 arguments');
  }
  const newFn = t.lookup('__new__');
  if (newFn === undefined) throw typeError(`cannot create '${t.name}' instances`);
  const obj = callNew(newFn, t, args, kw);
  if (!typeOf(obj).isSubtypeOf(t)) return obj;
  const init = typeOf(obj).lookup('__init__');
  if (init instanceof PyFunction && newFn === objectNewDescr && !t.isAbstract) {
    t.plainInit = init;
    t.plainInitVersion = t.version;
  }
  if (init !== undefined && init !== objectInit) {
    callInit(obj, init, args, kw);
  } else if (init === objectInit) {
    checkObjectInitArgs(obj, args, kw);
  }
  return obj;
}

/** `init(obj, *args, **kw)`, which must return None. */
function callInit(obj: PyValue, init: PyValue, args: PyValue[], kw: KwArgs | null): void {
  const r = init instanceof PyFunction ? callValue(init, [obj, ...args], kw) : callDescriptorKw(init, obj, args, kw);
  if (r !== None) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
}

function callNew(newFn: PyValue, t: PyType, args: PyValue[], kw: KwArgs | null): PyValue {
  const f = newFn instanceof PyStaticMethod ? newFn.func : newFn;
  if (f instanceof PyMethodDescr) return f.fn(t, args, kw);
  return callValue(f, [t, ...args], kw);
}

function callDescriptorKw(descr: PyValue, self: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  if (descr instanceof PyMethodDescr) return descr.fn(self, args, kw);
  return callValue(bindDescriptor(descr, self, typeOf(self)), args, kw);
}

function hasArgs(args: PyValue[], kw: KwArgs | null): boolean {
  return args.length > 0 || (kw !== null && kw.size > 0);
}

/** object.__new__: allocates with the layout of the nearest builtin base. */
function objectNew(cls: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
  if (hasArgs(args, kw)) {
    if (cls.lookup('__new__') !== objectNewDescr) {
      throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    }
    if (cls.lookup('__init__') === objectInit) throw typeError(`${cls.name}() takes no arguments`);
  }
  if (cls.isAbstract && layoutOf(cls) === null) throw abstractClassError(cls);
  return allocate(cls);
}

/** The nearest base whose instances the host makes in their own way (list, int, ...), or null for plain objects. */
function layoutOf(cls: PyType): PyType | null {
  for (const t of cls.mro) if (t.makeInstance !== null) return t;
  return null;
}

/** object.__new__'s refusal of a class whose `__abstractmethods__` is true, naming them sorted. */
function abstractClassError(cls: PyType): PyObject {
  const names = new PyList(listType, toArray(abstractMethodsOf(cls)));
  callValue(getAttr(names, 'sort'), [], null);
  const joined = str(callValue(getAttr("', '", 'join'), [names], null));
  const plural = names.items.length > 1 ? 's' : '';
  return typeError(`Can't instantiate abstract class ${cls.tpName} without an implementation for abstract method${plural} '${joined}'`);
}

/** type.__abstractmethods__: only the type's own dictionary holds it (type itself has none). */
function abstractMethodsOf(t: PyType): PyValue {
  const v = t === typeType ? undefined : t.dict.getStr('__abstractmethods__');
  if (v === undefined) throw pyErr('AttributeError', '__abstractmethods__');
  return v;
}

export function allocate(cls: PyType): PyObject {
  const layout = layoutOf(cls);
  if (layout !== null) {
    const o = layout.makeInstance!(cls);
    if (cls.hasInstanceDict && o.dict === null) o.dict = newDict();
    return o;
  }
  const o = new PyInstance(cls);
  if (cls.hasInstanceDict) o.dict = newDict();
  return o;
}

function checkObjectInitArgs(obj: PyValue, args: PyValue[], kw: KwArgs | null): void {
  if (!hasArgs(args, kw)) return;
  const t = typeOf(obj);
  if (t.lookup('__init__') !== objectInit) throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
  if (t.lookup('__new__') === objectNewDescr) throw typeError(`${t.name}() takes no arguments`);
}

// ---------------------------------------------------------------------------
// object

let objectNewDescr: PyValue;
let objectInit: PyValue;

defMethods(objectType, {
  __init__: (self, args, kw) => {
    checkObjectInitArgs(self, args, kw);
    return None;
  },
  __repr__: (self) => {
    const t = typeOf(self);
    const mod = t.module;
    const name = mod === 'builtins' ? t.qualname : `${mod}.${t.qualname}`;
    return `<${name} object at ${hexAddress(self as PyObject)}>`;
  },
  __str__: (self) => repr(self),
  __hash__: (self) => {
    const h = identityHash(self as PyObject);
    return Number(h) === Number(h) && h >= -(2n ** 53n) && h <= 2n ** 53n ? Number(h) : h;
  },
  __eq__: (self, args) => (self === args[0] ? true : NotImplemented),
  __ne__: (self, args) => {
    const eqm = typeOf(self).lookup('__eq__');
    if (eqm === undefined) return NotImplemented;
    const r = callDescriptor(eqm, self, [args[0]!]);
    if (r === NotImplemented) return r;
    return !truthyLocal(r);
  },
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __getattribute__: (self, args) => {
    const name = attrName(args[0]!);
    const v = genericGetAttr(self, name);
    if (v === undefined) throw attributeError(self, name);
    return v;
  },
  __setattr__: (self, args) => {
    genericSetAttr(self, attrName(args[0]!), args[1]!);
    return None;
  },
  __delattr__: (self, args) => {
    genericSetAttr(self, attrName(args[0]!), undefined);
    return None;
  },
  __format__: (self, args) => {
    if (args.length !== 1) throw typeError(`object.__format__() takes exactly one argument (${args.length} given)`);
    const spec = asStr(args[0]!);
    if (spec === undefined) throw typeError(`__format__() argument must be str, not ${typeName(args[0]!)}`);
    if (spec !== '') throw typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
    return str(self);
  },
  __dir__: (self) => new PyList(listType, dirOf(self)),
  __reduce_ex__: () => { throw typeError('cannot pickle objects in etpy'); },
  __reduce__: () => { throw typeError('cannot pickle objects in etpy'); },
  __getstate__: (self, args) => {
    if (args.length !== 0) throw typeError(`object.__getstate__() takes no arguments (${args.length} given)`);
    return objectState(self);
  },
  __sizeof__: () => 16,
});
objectNewDescr = new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => objectNew(args[0]!, args.slice(1), kw), 'object.__new__'));
objectType.dict.setStr('__new__', objectNewDescr);
// The default of the hook ABCMeta asks (abc.ts): NotImplemented, whatever the arguments.
objectType.dict.setStr('__subclasshook__', new PyClassMethod(classmethodType, builtinFunction('__subclasshook__', (_args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('__subclasshook__() takes no keyword arguments');
  return NotImplemented;
})));
const objectInitSubclass = new PyClassMethod(classmethodType, builtinFunction('__init_subclass__', (args, kw) => {
  const owner = args[0] instanceof PyType ? `${args[0].qualname}.` : '';
  if (kw !== null && kw.size > 0) throw typeError(`${owner}__init_subclass__() takes no keyword arguments`);
  if (args.length > 1) throw typeError(`${owner}__init_subclass__() takes no arguments (${args.length - 1} given)`);
  return None;
}));
objectType.dict.setStr('__init_subclass__', objectInitSubclass);
objectInit = objectType.dict.getStr('__init__')!;
setObjectGetattribute(objectType.dict.getStr('__getattribute__')!);
objectType.dict.setStr('__doc__', 'The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n');
objectType.invalidate();

defGetSet(objectType, '__class__', (self) => typeOf(self), (self, v) => {
  if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeName(v ?? None)}' object`);
  if (typeof self !== 'object' || typeOf(self).builtin || v.builtin) throw typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  self.cls = v;
});
/**
 * The instance dict of `self`, made now for an instance of a class with
 * one that has none yet (a builtin's __new__, float.__new__ for a subclass,
 * makes the instance without it, as CPython makes dicts lazily); null when
 * its type has no instance dicts.
 */
function instanceDictOf(self: PyValue): PyDict | null {
  if (typeof self !== 'object') return null;
  if (self.dict === null && !(self instanceof PyType) && typeOf(self).hasInstanceDict) self.dict = newDict();
  return self.dict;
}

function getInstanceDict(self: PyValue): PyValue {
  const d = instanceDictOf(self);
  if (d !== null) return self instanceof PyType ? mappingProxy(d) : d;
  throw pyErr('AttributeError', `'${typeName(self)}' object has no attribute '__dict__'`);
}

// object itself has no __dict__: the types whose instances have one each carry
// the descriptor (classes get theirs from addLayout).
for (const t of [functionType, baseExceptionType, classmethodType, staticmethodType]) defInstanceDict(t);

/** The `__dict__` getset of a type whose instances have a dict. */
export function defInstanceDict(t: PyType): void {
  defGetSet(t, '__dict__', getInstanceDict, setInstanceDict);
}

function setInstanceDict(self: PyValue, v: PyValue | undefined): void {
  if (typeof self !== 'object' || instanceDictOf(self) === null || !(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${typeName(v ?? None)}'`);
  self.dict = v;
}

// The layouts of builtin bases as CPython has them: variable-sized instances
// (tp_itemsize) and a weak-reference slot of their own (tp_weaklistoffset).
for (const t of [intType, tupleType, bytesType, typeType]) t.varSized = true;
for (const t of [setType, frozensetType, typeType]) t.hasWeakref = true;
for (const t of [typeType, classmethodType, staticmethodType]) t.hasInstanceDict = true;

function truthyLocal(v: PyValue): boolean {
  return v !== false && v !== None && v !== 0 && v !== '';
}

function attrName(v: PyValue): string {
  const s = asStr(v);
  if (s === undefined) throw typeError(`attribute name must be string, not '${typeName(v)}'`);
  return s;
}

/** A read-only view of a type's dictionary (mappingproxy). */
export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyValue) {
    super(mappingProxyType);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return [this.mapping];
  }
}

export function mappingProxy(d: PyDict): PyObject {
  return new PyMappingProxy(d);
}

// dict_keys/values/items.mapping: a read-only view of the dict.
for (const t of [dictKeysType, dictValuesType, dictItemsType]) defGetSet(t, 'mapping', (self) => mappingProxy((self as PyDictView).mapping));

const proxied = (self: PyValue): PyValue => (self as PyMappingProxy).mapping;
const forward = (name: string) => (self: PyValue, args: PyValue[], kw: KwArgs | null): PyValue => callValue(getAttr(proxied(self), name), args, kw);
defMethods(mappingProxyType, {
  __getitem__: forward('__getitem__'),
  __contains__: forward('__contains__'),
  __iter__: forward('__iter__'),
  __len__: forward('__len__'),
  __reversed__: forward('__reversed__'),
  keys: forward('keys'),
  values: forward('values'),
  items: forward('items'),
  get: forward('get'),
  copy: forward('copy'),
  __eq__: forward('__eq__'),
  __ne__: forward('__ne__'),
  __or__: (self, args) => binaryOp(7, proxied(self), args[0] instanceof PyMappingProxy ? args[0].mapping : args[0]!),
  __ror__: (self, args) => binaryOp(7, args[0]!, proxied(self)),
  __repr__: (self) => `mappingproxy(${repr(proxied(self))})`,
  __str__: (self) => str(proxied(self)),
});
mappingProxyType.dict.setStr('__hash__', None);
mappingProxyType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('mappingproxy() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`mappingproxy() takes exactly one argument (${args.length - 1} given)`);
  const m = args[1]!;
  if (typeOf(m).lookup('__getitem__') === undefined || m instanceof PyList || m instanceof PyTuple) {
    throw typeError(`mappingproxy() argument must be a mapping, not ${typeName(m)}`);
  }
  return new PyMappingProxy(m);
}, 'mappingproxy.__new__')));
mappingProxyType.invalidate();

/** dir(obj): sorted attribute names from the instance dict and the class hierarchy. */
export function dirOf(obj: PyValue): string[] {
  const names = new Set<string>();
  if (typeof obj === 'object' && obj.dict !== null && !(obj instanceof PyType)) for (const [k] of obj.dict.entries()) if (typeof k === 'string') names.add(k);
  const types = obj instanceof PyType ? obj.mro : typeOf(obj).mro;
  for (const t of types) for (const [k] of t.dict.entries()) if (typeof k === 'string') names.add(k);
  return [...names].sort();
}

// ---------------------------------------------------------------------------
// type

function qualifiedName(t: PyType): string {
  return t.module === 'builtins' ? t.qualname : `${t.module}.${t.qualname}`;
}

defMethods(typeType, {
  __repr__: (self) => `<class '${qualifiedName(self as PyType)}'>`,
  __call__: (self, args, kw) => typeCallDefault(self as PyType, args, kw),
  __init__: (self, args, kw) => {
    if (kw !== null && kw.size > 0 && args.length === 1) throw typeError('type.__init__() takes no keyword arguments');
    if (args.length !== 1 && args.length !== 3) throw typeError('type.__init__() takes 1 or 3 arguments');
    return None;
  },
  mro: (self) => new PyList(listType, (self as PyType).mro.slice()),
  __subclasses__: (self) => new PyList(listType, (self as PyType).subclasses.filter((s) => !s.builtin || true)),
  __instancecheck__: (self, args) => typeOf(args[0]!).isSubtypeOf(self as PyType),
  __subclasscheck__: (self, args) => {
    const c = args[0]!;
    if (!(c instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    return c.isSubtypeOf(self as PyType);
  },
  __or__: (self, args) => unionOf(self, args[0]!),
  __ror__: (self, args) => unionOf(args[0]!, self),
  __dir__: (self) => new PyList(listType, dirOf(self)),
});

const typeCallDescr = typeType.dict.getStr('__call__');

let unionFactory: ((a: PyValue, b: PyValue) => PyValue) | null = null;
export function setUnionFactory(f: (a: PyValue, b: PyValue) => PyValue): void {
  unionFactory = f;
}
function unionOf(a: PyValue, b: PyValue): PyValue {
  if (unionFactory === null) return NotImplemented;
  return unionFactory(a, b);
}

/** type.__prepare__(name, bases, **kwds): a new dict, whatever the arguments. */
const typePrepareDescr = new PyClassMethod(classmethodType, builtinFunction('__prepare__', () => newDict(), 'type.__prepare__'));
typeType.dict.setStr('__prepare__', typePrepareDescr);
const typeNewDescr = new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => typeNew(args[0]!, args.slice(1), kw), 'type.__new__'));
typeType.dict.setStr('__new__', typeNewDescr);
typeType.invalidate();

defGetSet(typeType, '__name__', (self) => (self as PyType).name, (self, v) => {
  const s = v === undefined ? undefined : asStr(v);
  if (s === undefined) throw typeError(`can only assign string to ${(self as PyType).name}.__name__, not '${typeName(v ?? None)}'`);
  (self as PyType).name = s;
});
defGetSet(typeType, '__qualname__', (self) => (self as PyType).qualname, (self, v) => {
  const s = v === undefined ? undefined : asStr(v);
  if (s === undefined) throw typeError(`can only assign string to ${(self as PyType).name}.__qualname__, not '${typeName(v ?? None)}'`);
  (self as PyType).qualname = s;
});
defGetSet(typeType, '__module__', (self) => {
  const t = self as PyType;
  return t.builtin ? t.module : (t.dict.getStr('__module__') ?? t.module);
}, (self, v) => {
  (self as PyType).dict.setStr('__module__', v ?? None);
  (self as PyType).module = asStr(v ?? None) ?? (self as PyType).module;
});
defGetSet(typeType, '__mro__', (self) => new PyTuple(tupleType, (self as PyType).mro.slice()));
defGetSet(typeType, '__bases__', (self) => new PyTuple(tupleType, (self as PyType).bases.slice()));
defGetSet(typeType, '__base__', (self) => (self as PyType).bases[0] ?? None);
defGetSet(typeType, '__dict__', (self) => mappingProxy((self as PyType).dict));
defGetSet(typeType, '__doc__', (self) => {
  const d = (self as PyType).dict.getStr('__doc__');
  if (d === undefined) return None;
  return bindDescriptor(d, None, self as PyType);
}, specialTypeAttrSetter('__doc__'));

/**
 * check_set_special_type_attr, then the class dictionary: immutable types
 * refuse, and a delete is refused with the same message whatever the type.
 */
function specialTypeAttrSetter(name: string): (self: PyValue, v: PyValue | undefined) => void {
  return (self, v) => {
    const t = self as PyType;
    if (t.builtin) throw typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
    if (v === undefined) throw typeError(`cannot delete '${name}' attribute of immutable type '${t.name}'`);
    t.dict.setStr(name, v);
    t.invalidate();
  };
}
// PEP 695: a class's own __type_params__, else () (type itself and every builtin: ()).
defGetSet(typeType, '__type_params__', (self) => {
  const v = self === typeType ? undefined : (self as PyType).dict.getStr('__type_params__');
  return v ?? new PyTuple(tupleType, []);
}, specialTypeAttrSetter('__type_params__'));
defGetSet(typeType, '__abstractmethods__', (self) => abstractMethodsOf(self as PyType), (self, v) => {
  // Setting it is what makes a class abstract (abc.ABCMeta.__new__ does); it is not inherited.
  const t = self as PyType;
  const abstract = v !== undefined && truthy(v);
  if (v === undefined) {
    if (!t.dict.deleteStr('__abstractmethods__')) throw pyErr('AttributeError', '__abstractmethods__');
  } else {
    t.dict.setStr('__abstractmethods__', v);
  }
  t.invalidate();
  t.isAbstract = abstract;
});
defGetSet(typeType, '__annotations__', (self) => {
  const t = self as PyType;
  let a = t.dict.getStr('__annotations__');
  if (a === undefined) {
    a = newDict();
    t.dict.setStr('__annotations__', a);
  }
  return a;
}, (self, v) => {
  const t = self as PyType;
  if (t.builtin) throw typeError(`cannot set '__annotations__' attribute of immutable type '${t.name}'`);
  if (v === undefined) {
    if (!t.dict.deleteStr('__annotations__')) throw pyErr('AttributeError', '__annotations__');
  } else {
    t.dict.setStr('__annotations__', v);
  }
  t.invalidate();
});

// ---------------------------------------------------------------------------
// Class creation

/** type.__new__(meta, name, bases, namespace, **kwds) */
function typeNew(meta: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  if (!(meta instanceof PyType)) throw typeError(`type.__new__(X): X is not a type object (${typeName(meta)})`);
  if (args.length === 1 && meta === typeType) return typeOf(args[0]!);
  if (args.length !== 3) throw typeError('type.__new__() takes exactly 3 arguments (' + args.length + ' given)');
  const name = asStr(args[0]!);
  if (name === undefined) throw typeError(`type.__new__() argument 1 must be str, not ${typeName(args[0]!)}`);
  if (!(args[1] instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${typeName(args[1]!)}`);
  if (!(args[2] instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${typeName(args[2]!)}`);
  let bases = args[1].items as PyType[];
  const ns = args[2];
  for (const b of bases) {
    if (!(b instanceof PyType)) throw typeError(`type.__new__() argument 2 must be tuple of types`);
    if (!b.acceptsSubclasses) throw typeError(`type '${b.name}' is not an acceptable base type`);
  }
  // type(name, bases, ns) whose bases have a more derived metaclass: that metaclass makes the class (type_new).
  const winner = calculateMeta(meta, bases);
  if (winner !== meta) {
    const newFn = winner.lookup('__new__');
    if (newFn !== typeNewDescr && newFn !== undefined) return callNew(newFn, winner, args, kw);
  }
  if (bases.length === 0) bases = [objectType];
  const t = new PyType(winner, name, bases, { builtin: false, instanceDict: true });
  checkLayout(bases);
  const mro = computeMro(t, bases);
  t.mro = mro;
  for (const b of bases) {
    b.subclasses.push(t);
    if (b.builtin) builtinsWithClasses.add(b);
  }
  // PyDict_Copy of the namespace (a dict subclass's own methods are not used).
  t.dict.mergeFrom(ns);
  let mod = ns.getStr('__module__');
  if (mod === undefined) {
    // type(name, bases, dict) called directly: the module is the caller's __name__.
    const caller = interpState.frame?.globals.getStr('__name__');
    if (caller !== undefined) {
      t.dict.setStr('__module__', caller);
      mod = caller;
    }
  }
  if (mod !== undefined && typeof mod === 'string') t.module = mod;
  const qn = ns.getStr('__qualname__');
  if (qn !== undefined) {
    if (typeof qn !== 'string') throw typeError(`type __qualname__ must be a str, not ${typeName(qn)}`);
    t.qualname = qn;
    t.dict.deleteStr('__qualname__');
  }
  const newFn = t.dict.getStr('__new__');
  if (newFn instanceof PyFunction) t.dict.setStr('__new__', new PyStaticMethod(staticmethodType, newFn));
  for (const special of CLASS_METHODS_BY_DEFAULT) {
    const f = t.dict.getStr(special);
    if (f instanceof PyFunction) t.dict.setStr(special, new PyClassMethod(classmethodType, f));
  }
  const cell = t.dict.getStr('__classcell__');
  if (cell !== undefined) {
    (cell as PyCell).value = t;
    t.dict.deleteStr('__classcell__');
  }
  addLayout(t, bases);
  // As PyType_Ready does: __doc__ after the descriptors, then __hash__ = None for a class that defines __eq__ only.
  if (t.dict.getStr('__doc__') === undefined) t.dict.setStr('__doc__', None);
  if (t.dict.getStr('__eq__') !== undefined && t.dict.getStr('__hash__') === undefined) t.dict.setStr('__hash__', None);
  t.invalidate();
  // Functions and getsets (most of a class's dictionary) have no __set_name__; the calls may change the dictionary.
  let named: [PyValue, PyValue, PyValue][] | null = null;
  for (const [k, v] of t.dict.entries()) {
    if (typeof v !== 'object' || v instanceof PyFunction || v instanceof PyGetSet || v instanceof PyType) continue;
    const setName = typeOf(v).lookup('__set_name__');
    if (setName !== undefined) (named ??= []).push([setName, v, k]);
  }
  if (named !== null) for (const [setName, v, k] of named) callDescriptor(setName, v, [t, k]);
  // super(t, t).__init_subclass__(**kw)
  const parentInit = lookupAfter(t, t, '__init_subclass__');
  // object's does nothing when given no keywords (the common case).
  if (parentInit !== undefined && !(parentInit === objectInitSubclass && (kw === null || kw.size === 0))) {
    callValue(bindDescriptor(parentInit, t, t), [], kw);
  }
  return t;
}

/** Functions type_new makes class methods of. */
const CLASS_METHODS_BY_DEFAULT = ['__init_subclass__', '__class_getitem__'] as const;

/** mro_implementation: C3 merge of the bases' MROs and the bases, with CPython's errors. */
function computeMro(t: PyType, bases: PyType[]): PyType[] {
  if (bases.length === 1) return [t, ...bases[0]!.mro];
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) throw typeError(`duplicate base class ${bases[i]!.name}`);
    }
  }
  const toMerge = [...bases.map((b) => b.mro), bases];
  const remain = toMerge.map(() => 0);
  const out: PyType[] = [t];
  const tailContains = (seq: PyType[], from: number, c: PyType): boolean => {
    for (let k = from + 1; k < seq.length; k++) if (seq[k] === c) return true;
    return false;
  };
  for (;;) {
    let empty = 0;
    let picked = false;
    for (let i = 0; i < toMerge.length; i++) {
      const seq = toMerge[i]!;
      if (remain[i]! >= seq.length) { empty++; continue; }
      const candidate = seq[remain[i]!]!;
      if (toMerge.some((other, j) => tailContains(other, remain[j]!, candidate))) continue;
      out.push(candidate);
      toMerge.forEach((other, j) => { if (remain[j]! < other.length && other[remain[j]!] === candidate) remain[j]!++; });
      picked = true;
      break;
    }
    if (picked) continue;
    if (empty === toMerge.length) return out;
    const heads: PyType[] = [];
    toMerge.forEach((seq, i) => {
      const h = seq[remain[i]!];
      if (h !== undefined && !heads.includes(h)) heads.push(h);
    });
    throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${heads.map((h) => h.name).join(', ')}`);
  }
}

function checkLayout(bases: PyType[]): void {
  let layout: PyType | null = null;
  for (const b of bases) {
    const l = layoutOf(b);
    if (l === null) continue;
    if (layout === null || l.isSubtypeOf(layout)) layout = l;
    else if (!layout.isSubtypeOf(l)) throw typeError('multiple bases have instance lay-out conflict');
  }
}

/** member_descriptor: what a `__slots__` name becomes in its class. */
const memberDescriptorType = builtinType('member_descriptor', objectType, { subclassable: false });
defDescriptorMethods(memberDescriptorType, 'member');
defDescriptorMethods(getsetDescriptorType(), 'attribute');

/** getset_descriptor and member_descriptor: __get__/__set__/__delete__ with CPython's checks, names and repr. */
function defDescriptorMethods(t: PyType, word: string): void {
  const self = (v: PyValue) => v as PyGetSet;
  const check = (d: PyGetSet, obj: PyValue): void => {
    if (!typeOf(obj).isSubtypeOf(d.owner)) throw typeError(`descriptor '${d.name}' for '${d.owner.tpName}' objects doesn't apply to a '${typeName(obj)}' object`);
  };
  const store = (d: PyGetSet, obj: PyValue, value: PyValue | undefined): PyValue => {
    check(d, obj);
    if (d.set === null) throw notWritable(d, d.name);
    d.set(obj, value);
    return None;
  };
  defMethods(t, {
    __repr__: (d) => `<${word} '${self(d).name}' of '${self(d).owner.tpName}' objects>`,
    __get__: (d, args) => {
      if (args.length < 1 || args.length > 2) throw typeError(` expected ${args.length < 1 ? 'at least 1' : 'at most 2'} argument${args.length < 1 ? '' : 's'}, got ${args.length}`);
      const obj = args[0]!;
      if (obj === None) {
        if ((args[1] ?? None) === None) throw typeError('__get__(None, None) is invalid');
        return d;
      }
      check(self(d), obj);
      return self(d).get(obj);
    },
    __set__: (d, args) => store(self(d), args[0]!, args[1]!),
    __delete__: (d, args) => store(self(d), args[0]!, undefined),
  });
  defGetSet(t, '__name__', (d) => self(d).name);
  defGetSet(t, '__qualname__', (d) => `${self(d).owner.qualname}.${self(d).name}`);
  defGetSet(t, '__objclass__', (d) => self(d).owner);
}

/** A read-only member descriptor of a builtin type (a C struct member in CPython). */
export function defMember(t: PyType, name: string, get: (self: PyValue) => PyValue): void {
  t.dict.setStr(name, new PyGetSet(memberDescriptorType, name, t, get, null));
  t.invalidate();
}

/** The values of slot attributes, per instance (instances of slotted classes have no __dict__ for them). */
const slotValues = new WeakMap<PyObject, Map<string, PyValue>>();

/**
 * type_new_slots and type_new_descriptors: what a new class adds to its
 * instances' layout, and the descriptors for it in its dictionary, in
 * CPython's order: the __slots__ members (mangled, sorted), then `__dict__`
 * and `__weakref__` when the class is the first in its line to have them.
 */
function addLayout(t: PyType, bases: PyType[]): void {
  const base = bestBase(bases);
  const mayAddDict = !base.hasInstanceDict;
  const mayAddWeak = !base.hasWeakref && !base.varSized;
  let addDict = mayAddDict;
  let addWeak = mayAddWeak;
  const slots = t.dict.getStr('__slots__');
  if (slots !== undefined) {
    const names = slotItems(slots).map((v) => {
      const n = asStr(v);
      if (n === undefined) throw typeError(`__slots__ items must be strings, not '${typeName(v)}'`);
      return n;
    });
    if (names.length > 0 && base.varSized) throw typeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
    addDict = false;
    addWeak = false;
    const members: string[] = [];
    for (const raw of names) {
      if (raw === '__dict__') {
        if (!mayAddDict || addDict) throw typeError('__dict__ slot disallowed: we already got one');
        addDict = true;
      } else if (raw === '__weakref__') {
        if (!mayAddWeak || addWeak) throw typeError('__weakref__ slot disallowed: we already got one');
        addWeak = true;
      } else {
        members.push(mangleSlot(t, raw));
      }
    }
    // Secondary bases may provide the dict or the weakref slot.
    for (const b of bases) {
      if (b === base) continue;
      if (mayAddDict && !addDict && b.hasInstanceDict) addDict = true;
      if (mayAddWeak && !addWeak && b.hasWeakref) addWeak = true;
    }
    members.sort();
    for (const name of members) defineSlotMember(t, name);
    t.ownSlots = members.length > 0;
  }
  t.hasInstanceDict = base.hasInstanceDict || addDict;
  t.hasWeakref = base.hasWeakref || addWeak;
  t.varSized = base.varSized;
  // (typeNew invalidates the type's caches once all is in.)
  if (addDict) t.dict.setStr('__dict__', new PyGetSet(getsetDescriptorType(), '__dict__', t, getInstanceDict, setInstanceDict));
  if (addWeak) t.dict.setStr('__weakref__', new PyGetSet(getsetDescriptorType(), '__weakref__', t, noWeakref));
}

/**
 * object.__getstate__ (object_getstate_default): the instance dict, None when
 * empty, paired with the set __slots__ values when there are any.
 */
function objectState(self: PyValue): PyValue {
  const d = typeof self === 'object' && !(self instanceof PyType) && typeOf(self).hasInstanceDict ? self.dict : null;
  const state: PyValue = d !== null && d.size > 0 ? d : None;
  const names = slotNamesOf(typeOf(self));
  if (names.length === 0 || typeof self !== 'object') return state;
  const slots = newDict();
  const values = slotValues.get(self);
  for (const n of names) {
    const v = values?.get(n);
    if (v !== undefined) slots.setStr(n, v);
  }
  return slots.size > 0 ? new PyTuple(tupleType, [state, slots]) : state;
}

/** copyreg._slotnames: the classes' __slots__ names along the MRO, mangled, cached in cls.__slotnames__ as CPython does. */
function slotNamesOf(cls: PyType): string[] {
  const cached = cls.dict.getStr('__slotnames__');
  if (cached instanceof PyList) return cached.items.filter((v): v is string => typeof v === 'string');
  const names: string[] = [];
  for (const c of cls.mro) {
    if (c.builtin) continue;
    const slots = c.dict.getStr('__slots__');
    if (slots === undefined) continue;
    for (const v of slotItems(slots)) {
      const raw = asStr(v);
      if (raw === undefined || raw === '__dict__' || raw === '__weakref__') continue;
      names.push(mangleSlot(c, raw));
    }
  }
  if (!cls.builtin) {
    cls.dict.setStr('__slotnames__', new PyList(listType, names.slice()));
    cls.invalidate();
  }
  return names;
}

/** A __slots__ value's items: a lone str is one name. */
function slotItems(slots: PyValue): PyValue[] {
  return typeof slots === 'string' ? [slots] : toArray(slots);
}

function mangleSlot(cls: PyType, raw: string): string {
  return raw.startsWith('__') && !raw.endsWith('__') ? `_${cls.name.replace(/^_+/, '')}${raw}` : raw;
}

/** etpy has no weak references: an instance's `__weakref__` slot is always empty. */
function noWeakref(): PyValue {
  return None;
}

/** solid_base: the class whose layout `t`'s instances have (builtin or with __slots__ members). */
function solidBase(t: PyType): PyType {
  for (const c of t.mro) if (c.ownSlots || (c.builtin && c.makeInstance !== null)) return c;
  return objectType;
}

/** best_base: the base whose layout is the most derived one (checkLayout has refused conflicting layouts). */
function bestBase(bases: PyType[]): PyType {
  let base = bases[0]!;
  let winner = solidBase(base);
  for (const b of bases) {
    const candidate = solidBase(b);
    if (candidate !== winner && candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    }
  }
  return base;
}

/** A `__slots__` name: a member descriptor storing the value beside the instance. */
function defineSlotMember(t: PyType, name: string): void {
  if (t.dict.getStr(name) !== undefined) throw pyErr('ValueError', `'${name}' in __slots__ conflicts with class variable`);
  t.dict.setStr(name, new PyGetSet(memberDescriptorType, name, t, (self) => {
    const v = typeof self === 'object' ? slotValues.get(self)?.get(name) : undefined;
    if (v === undefined) throw pyErr('AttributeError', `'${typeName(self)}' object has no attribute '${name}'`);
    return v;
  }, (self, value) => {
    if (typeof self !== 'object') throw typeError('slot on a non-object');
    let m = slotValues.get(self);
    if (value === undefined) {
      if (m === undefined || !m.delete(name)) throw pyErr('AttributeError', name);
      return;
    }
    if (m === undefined) {
      m = new Map();
      slotValues.set(self, m);
    }
    m.set(name, value);
  }));
}

/** builtins.__build_class__(func, name, *bases, metaclass=None, **kwds) */
export function buildClass(args: PyValue[], kw: KwArgs | null): PyValue {
  if (args.length < 2) throw typeError('__build_class__: not enough arguments');
  const func = args[0]!;
  const name = args[1]!;
  if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  if (typeof name !== 'string') throw typeError('__build_class__: name is not a string');
  const origBases = args.slice(2);
  const bases = resolveBases(origBases);
  let meta: PyValue | undefined;
  let kwRest: KwArgs | null = kw;
  if (kw !== null && kw.has('metaclass')) {
    meta = kw.get('metaclass');
    kwRest = new Map(kw);
    kwRest.delete('metaclass');
  }
  if (meta === undefined) meta = bases.length === 0 ? typeType : typeOf(bases[0]!);
  if (meta instanceof PyType) meta = calculateMeta(meta, bases);
  const basesTuple = new PyTuple(tupleType, bases);
  // type.__prepare__ (most metaclasses inherit it) only makes a dict.
  const prepare = meta instanceof PyType && meta.lookup('__prepare__') === typePrepareDescr ? undefined : getAttrOrUndefined(meta, '__prepare__');
  const ns = prepare !== undefined ? callValue(prepare, [name, basesTuple], kwRest) : newDict();
  if (!(ns instanceof PyDict)) throw typeError(`${meta instanceof PyType ? meta.name : 'metaclass'}.__prepare__() must return a mapping, not ${typeName(ns)}`);
  const frame = new Frame(func.code, func.globals, func.builtins, ns, func);
  const cell = execute(frame);
  if (origBases.length !== bases.length || origBases.some((b, i) => b !== bases[i])) {
    ns.setStr('__orig_bases__', new PyTuple(tupleType, origBases));
  }
  const cls = callValue(meta, [name, basesTuple, ns], kwRest);
  if (cell instanceof PyCell && cell.value !== cls) {
    if (cell.value === undefined) cell.value = cls;
  }
  return cls;
}

function resolveBases(bases: PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  for (const b of bases) {
    if (b instanceof PyType) { out.push(b); continue; }
    const mro = getAttrOrUndefined(b, '__mro_entries__');
    if (mro === undefined) { out.push(b); continue; }
    const r = callValue(mro, [new PyTuple(tupleType, bases)], null);
    if (!(r instanceof PyTuple)) throw typeError('__mro_entries__ must return a tuple');
    out.push(...r.items);
  }
  return out;
}

function calculateMeta(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) { winner = bt; continue; }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

// ---------------------------------------------------------------------------
// super

superType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args) => superNew(args.slice(1)))));
defMethod(superType, '__init__', () => None);
defMethod(superType, '__getattribute__', (self, args) => superGetAttr(self as PySuper, attrName(args[0]!)));
defMethod(superType, '__repr__', (self) => {
  const s = self as PySuper;
  return s.obj === None ? `<super: <class '${s.thisType.name}'>, NULL>` : `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
});


// object's dictionary in CPython's order (vars(object) shows it): each entry
// taken out and put back in turn.
for (const name of [
  '__new__', '__repr__', '__hash__', '__str__', '__getattribute__', '__setattr__', '__delattr__', '__lt__', '__le__',
  '__eq__', '__ne__', '__gt__', '__ge__', '__init__', '__reduce_ex__', '__reduce__', '__getstate__', '__subclasshook__',
  '__init_subclass__', '__format__', '__sizeof__', '__dir__', '__class__', '__doc__',
] as const) {
  const v = objectType.dict.getStr(name);
  if (v === undefined) throw new Error(`object.${name} is not defined`);
  objectType.dict.deleteStr(name);
  objectType.dict.setStr(name, v);
}
objectType.invalidate();

// _etpy_abc: what CPython's abc module does in C (_abc.c), for etpy's abc
// (abc.ts): the abstract methods of a new ABC (compute_abstract_methods), and
// each ABC's registry and caches (_abc_data) with register(), isinstance()
// and issubclass() over them. Written in Python, the abstract methods were
// ~1,500 of the ~2,400 lines `import collections.abc` ran, and the caches made
// every ABC's creation and registration dearer; that import runs in every
// batch task that imports collections or typing. Same steps, in the same order.
import { PyModule, PyObject, PyType, type PyValue } from '../object.js';
import { None, NotImplemented, builtinType, classmethodType, frozensetType, moduleType, newDict, objectType, propertyType, staticmethodType, typeOf } from '../types.js';
import { pyErr, typeError } from '../errors.js';
import { asStr, getAttr, getIter, iterNext, lookupAttr, setAttr, slotHashOf, truthy, typeName } from '../protocols.js';
import { newTuple } from '../list.js';
import { builtinFunction, callValue } from '../call.js';
import { isInstance, isSubclass } from '../builtins.js';
import { newSet } from '../set.js';
import { unpackSequence } from '../eval-support.js';
import { registerModule } from '../import.js';

/** getattr(obj, '__isabstractmethod__', False). */
function abstractFlag(obj: PyValue): PyValue {
  return lookupAttr(obj, '__isabstractmethod__') ?? false;
}

/**
 * Whether `value` is abstract, as abc.py's _is_abstract tells it: its own
 * __isabstractmethod__, else, for a property, any of its three functions',
 * and for a classmethod or staticmethod, its function's (returned as found).
 */
function isAbstract(value: PyValue): PyValue {
  if (truthy(abstractFlag(value))) return true;
  if (isInstance(value, propertyType)) {
    const functions = [getAttr(value, 'fget'), getAttr(value, 'fset'), getAttr(value, 'fdel')];
    return functions.some((f) => truthy(abstractFlag(f)));
  }
  if (isInstance(value, classmethodType) || isInstance(value, staticmethodType)) return abstractFlag(getAttr(value, '__func__'));
  return false;
}

/** getattr(obj, name, None) with `name` a str, else the TypeError getattr raises. */
function attrOrNone(obj: PyValue, name: PyValue): PyValue {
  const s = asStr(name);
  if (s === undefined) throw typeError(`attribute name must be string, not '${typeName(name)}'`);
  return lookupAttr(obj, s) ?? None;
}

/**
 * The names of the abstract methods of `cls`: those of its namespace's items
 * that are abstract, then those its bases list as abstract that are still
 * abstract on `cls`; a frozenset.
 */
function computeAbstracts(cls: PyValue, namespaceItems: PyValue, bases: PyValue): PyValue {
  // Filled in place, as CPython fills the frozenset it makes (not a set copied
  // into one: the copy's smaller table can order the names differently).
  const abstracts = newSet([], frozensetType);
  const add = (name: PyValue): void => {
    abstracts.table.add(name, slotHashOf(name));
  };
  const pair: PyValue[] = [];
  const items = getIter(namespaceItems);
  for (let item = iterNext(items); item !== undefined; item = iterNext(items)) {
    // `for name, value in namespace_items`: unpacked as the loop would (last item on the bottom).
    pair[0] = item;
    unpackSequence(pair, 1, 2);
    const [value, name] = pair as [PyValue, PyValue];
    if (truthy(isAbstract(value))) add(name);
  }
  const baseIter = getIter(bases);
  for (let base = iterNext(baseIter); base !== undefined; base = iterNext(baseIter)) {
    const names = getIter(lookupAttr(base, '__abstractmethods__') ?? newTuple([]));
    for (let name = iterNext(names); name !== undefined; name = iterNext(names)) {
      if (truthy(isAbstract(attrOrNone(cls, name)))) add(name);
    }
  }
  return abstracts;
}

/**
 * An ABC's registry and caches (CPython's _abc_data, cls._abc_impl): the
 * classes registered, those known to be subclasses and those known not to
 * be, the latter valid while `negativeCacheVersion` is the module's
 * invalidation counter (any register() moves it). Sets by identity, as
 * CPython's sets of weak references are.
 */
class PyAbcData extends PyObject {
  readonly registry: PyValue[] = [];
  readonly cache = new Set<PyValue>();
  negativeCache = new Set<PyValue>();

  constructor(public negativeCacheVersion: number) {
    super(abcDataType);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return [...this.registry, ...this.cache, ...this.negativeCache];
  }
}

const abcDataType = builtinType('_abc_data', objectType, { subclassable: false, instantiable: false, module: '_abc' });

/** The functions of one interpreter's _etpy_abc, over its invalidation counter (abc.get_cache_token()). */
function abcFunctions(): Record<string, (args: PyValue[]) => PyValue> {
  let token = 0;
  const implOf = (cls: PyValue): PyAbcData => {
    const impl = getAttr(cls, '_abc_impl');
    if (!(impl instanceof PyAbcData)) throw typeError('_abc_impl is set to a wrong type');
    return impl;
  };
  const callCheck = (cls: PyValue, name: string, arg: PyValue): PyValue => callValue(getAttr(cls, name), [arg]);
  const subclasscheck = (cls: PyValue, subclass: PyValue): PyValue => {
    if (!(subclass instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
    const impl = implOf(cls);
    if (impl.cache.has(subclass)) return true;
    if (impl.negativeCacheVersion < token) {
      impl.negativeCache = new Set();
      impl.negativeCacheVersion = token;
    } else if (impl.negativeCache.has(subclass)) {
      return false;
    }
    const ok = callValue(getAttr(cls, '__subclasshook__'), [subclass]);
    if (ok === true) impl.cache.add(subclass);
    else if (ok === false) impl.negativeCache.add(subclass);
    else if (ok === NotImplemented) return subclassByRelation(cls, subclass, impl);
    else throw pyErr('AssertionError', '__subclasshook__ must return either False, True, or NotImplemented');
    return ok;
  };
  const subclassByRelation = (cls: PyValue, subclass: PyType, impl: PyAbcData): PyValue => {
    let found = subclass.mro.includes(cls as PyType);
    for (let i = 0; !found && i < impl.registry.length; i++) found = isSubclass(subclass, impl.registry[i]!);
    if (!found) {
      const subclasses = getIter(callValue(getAttr(cls, '__subclasses__'), []));
      for (let s = iterNext(subclasses); !found && s !== undefined; s = iterNext(subclasses)) found = isSubclass(subclass, s);
    }
    (found ? impl.cache : impl.negativeCache).add(subclass);
    return found;
  };
  return {
    abc_init: ([cls]) => {
      setAttr(cls!, '_abc_impl', new PyAbcData(token));
      return None;
    },
    abc_register: ([cls, subclass]) => {
      if (!(subclass instanceof PyType)) throw typeError('Can only register classes');
      if (isSubclass(subclass, cls!)) return subclass;
      if (isSubclass(cls!, subclass)) throw pyErr('RuntimeError', 'Refusing to create an inheritance cycle');
      implOf(cls!).registry.push(subclass);
      token += 1;
      return subclass;
    },
    abc_instancecheck: ([cls, instance]) => {
      const impl = implOf(cls!);
      const subclass = getAttr(instance!, '__class__');
      if (impl.cache.has(subclass)) return true;
      const subtype = typeOf(instance!);
      if (subtype === subclass) {
        if (impl.negativeCacheVersion === token && impl.negativeCache.has(subclass)) return false;
        return callCheck(cls!, '__subclasscheck__', subclass);
      }
      const result = callCheck(cls!, '__subclasscheck__', subclass);
      return truthy(result) ? result : callCheck(cls!, '__subclasscheck__', subtype);
    },
    abc_subclasscheck: ([cls, subclass]) => subclasscheck(cls!, subclass!),
    get_cache_token: () => token,
    abc_registry_clear: ([cls]) => {
      implOf(cls!).registry.length = 0;
      return None;
    },
    abc_caches_clear: ([cls]) => {
      const impl = implOf(cls!);
      impl.cache.clear();
      impl.negativeCache.clear();
      return None;
    },
  };
}

registerModule('_etpy_abc', () => {
  const d = newDict();
  const m = new PyModule(moduleType, '_etpy_abc', d);
  d.setStr('__name__', '_etpy_abc');
  d.setStr('is_abstract', builtinFunction('is_abstract', (args) => {
    if (args.length !== 1) throw typeError(`is_abstract() takes exactly one argument (${args.length} given)`);
    return isAbstract(args[0]!);
  }));
  d.setStr('compute_abstracts', builtinFunction('compute_abstracts', (args) => {
    if (args.length !== 3) throw typeError(`compute_abstracts() takes exactly 3 arguments (${args.length} given)`);
    return computeAbstracts(args[0]!, args[1]!, args[2]!);
  }));
  const arity: Record<string, number> = {
    abc_init: 1, abc_register: 2, abc_instancecheck: 2, abc_subclasscheck: 2, get_cache_token: 0, abc_registry_clear: 1, abc_caches_clear: 1,
  };
  for (const [name, f] of Object.entries(abcFunctions())) {
    d.setStr(name, builtinFunction(name, (args) => {
      if (args.length !== arity[name]) throw typeError(`${name}() takes exactly ${arity[name]} argument(s) (${args.length} given)`);
      return f(args);
    }));
  }
  return m;
});

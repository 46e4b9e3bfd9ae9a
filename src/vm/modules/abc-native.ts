// _etpy_abc: what CPython's abc module does in C (_abc.c), for etpy's abc
// (abc.ts): the abstract methods of a new ABC (compute_abstract_methods), and
// each ABC's registry and caches (_abc_data) with register(), isinstance()
// and issubclass() over them. Written in Python, the abstract methods were
// ~1,500 of the ~2,400 lines `import collections.abc` ran, and the caches made
// every ABC's creation and registration dearer; that import runs in every
// batch task that imports collections or typing. Same steps, in the same order.
import { PyModule, PyObject, PyType, type PyValue } from '../object.js';
import { None, NotImplemented, builtinType, frozensetType, moduleType, newDict, objectType, typeOf } from '../types.js';
import { pyErr, typeError } from '../errors.js';
import { asStr, getAttr, getIter, iterNext, isAbstractObject, lookupAttr, setAttr, slotHashOf, truthy, typeName } from '../protocols.js';
import { newTuple } from '../list.js';
import { builtinFunction, callValue } from '../call.js';
import { isSubclass } from '../builtins.js';
import { newSet } from '../set.js';
import { unpackSequence } from '../eval-support.js';
import { registerModule } from '../import.js';

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
    if (isAbstractObject(value)) add(name);
  }
  const baseIter = getIter(bases);
  for (let base = iterNext(baseIter); base !== undefined; base = iterNext(baseIter)) {
    const names = getIter(lookupAttr(base, '__abstractmethods__') ?? newTuple([]));
    for (let name = iterNext(names); name !== undefined; name = iterNext(names)) {
      if (isAbstractObject(attrOrNone(cls, name))) add(name);
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

/** A function of _etpy_abc: how many arguments it takes, and what it does with them. */
type AbcFunction = readonly [arity: number, call: (args: PyValue[]) => PyValue];

/** The functions of one interpreter's _etpy_abc, over its invalidation counter (abc.get_cache_token()). */
function abcFunctions(): Record<string, AbcFunction> {
  let token = 0;
  const implOf = (cls: PyValue): PyAbcData => {
    const impl = getAttr(cls, '_abc_impl');
    if (!(impl instanceof PyAbcData)) throw typeError('_abc_impl is set to a wrong type');
    return impl;
  };
  const callCheck = (cls: PyValue, name: string, arg: PyValue): PyValue => callValue(getAttr(cls, name), [arg]);
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
    is_abstract: [1, ([value]) => isAbstractObject(value!)],
    compute_abstracts: [3, ([cls, items, bases]) => computeAbstracts(cls!, items!, bases!)],
    abc_init: [1, ([cls]) => {
      setAttr(cls!, '_abc_impl', new PyAbcData(token));
      return None;
    }],
    abc_register: [2, ([cls, subclass]) => {
      if (!(subclass instanceof PyType)) throw typeError('Can only register classes');
      if (isSubclass(subclass, cls!)) return subclass;
      if (isSubclass(cls!, subclass)) throw pyErr('RuntimeError', 'Refusing to create an inheritance cycle');
      implOf(cls!).registry.push(subclass);
      token += 1;
      return subclass;
    }],
    abc_instancecheck: [2, ([cls, instance]) => {
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
    }],
    abc_subclasscheck: [2, ([cls, subclass]) => {
      if (!(subclass instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
      const impl = implOf(cls!);
      if (impl.cache.has(subclass)) return true;
      if (impl.negativeCacheVersion < token) {
        impl.negativeCache = new Set();
        impl.negativeCacheVersion = token;
      } else if (impl.negativeCache.has(subclass)) {
        return false;
      }
      const ok = callValue(getAttr(cls!, '__subclasshook__'), [subclass]);
      if (ok === true) impl.cache.add(subclass);
      else if (ok === false) impl.negativeCache.add(subclass);
      else if (ok === NotImplemented) return subclassByRelation(cls!, subclass, impl);
      else throw pyErr('AssertionError', '__subclasshook__ must return either False, True, or NotImplemented');
      return ok;
    }],
    get_cache_token: [0, () => token],
    abc_registry_clear: [1, ([cls]) => {
      implOf(cls!).registry.length = 0;
      return None;
    }],
    abc_caches_clear: [1, ([cls]) => {
      const impl = implOf(cls!);
      impl.cache.clear();
      impl.negativeCache.clear();
      return None;
    }],
  };
}

registerModule('_etpy_abc', () => {
  const d = newDict();
  const m = new PyModule(moduleType, '_etpy_abc', d);
  d.setStr('__name__', '_etpy_abc');
  for (const [name, [arity, call]] of Object.entries(abcFunctions())) {
    d.setStr(name, builtinFunction(name, (args) => {
      if (args.length !== arity) throw typeError(`${name}() takes exactly ${arity} argument${arity === 1 ? '' : 's'} (${args.length} given)`);
      return call(args);
    }));
  }
  return m;
});

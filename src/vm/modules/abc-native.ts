// _etpy_abc: the abstract-method bookkeeping of etpy's abc module (abc.ts) in
// the host, as CPython computes it in C (_abc.c compute_abstract_methods).
// Every class an ABCMeta makes runs it over its namespace and bases: written in
// Python it was ~1,500 of the ~2,400 lines `import collections.abc` ran (27
// ABCs), and that import runs in every batch task that imports collections or
// typing. Same steps, in the same order, as the Python it replaces.
import { PyModule, type PyValue } from '../object.js';
import { None, classmethodType, frozensetType, moduleType, newDict, propertyType, staticmethodType } from '../types.js';
import { typeError } from '../errors.js';
import { asStr, getAttr, getIter, iterNext, lookupAttr, slotHashOf, truthy, typeName } from '../protocols.js';
import { newTuple } from '../list.js';
import { builtinFunction } from '../call.js';
import { isInstance } from '../builtins.js';
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
  return m;
});

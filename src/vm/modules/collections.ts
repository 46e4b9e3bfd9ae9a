// collections: the Python-written module (collections-py.ts) over a native
// `_collections` (deque, counting, namedtuple's field getters, helpers for
// the ABCs), and _collections_abc (collections-abc-py.ts) with collections.abc over it.
import { PyDict, PyModule, PyProperty, PyType, type PyValue } from '../object.js';
import { None, NotImplemented, dictType, moduleType, newDict, propertyType } from '../types.js';
import { builtinFunction, defMethods } from '../call.js';
import { pyErr, typeError } from '../errors.js';
import {
  callSpecial, getIter, iterNext, repr, reprEnter, reprLeave, typeName, getItem, setItem, asStr,
} from '../protocols.js';
import { callValue } from '../call.js';
import { binaryOp } from '../operators.js';
import { registerModule, registerPythonModule } from '../import.js';
import { dequeType } from './deque.js';
import { PyDictView, dictItemsType, dictKeysType, dictValuesType } from '../dict.js';
import { builtinType } from '../types.js';
import { collectionsSource } from './collections-py.js';
import { collectionsAbcReexportSource, collectionsAbcSource } from './collections-abc-py.js';
import './codegen.js';

/** Counter's inner loop: mapping[elem] = mapping.get(elem, 0) + 1 for each element. */
function countElements(mapping: PyValue, iterable: PyValue): void {
  const it = getIter(iterable);
  const t = mapping instanceof PyDict ? mapping.cls : null;
  const plain = t !== null && t.lookup('__getitem__') === dictType.lookup('__getitem__')
    && t.lookup('__setitem__') === dictType.lookup('__setitem__') && t.lookup('get') === dictType.lookup('get');
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    if (plain) {
      const d = mapping as PyDict;
      const old = d.get(v);
      d.set(v, old === undefined ? 1 : typeof old === 'number' ? binaryOp(0, old, 1) : binaryOp(0, old, 1));
    } else {
      const get = callSpecial(mapping, 'get', [v, 0]);
      setItem(mapping, v, binaryOp(0, get ?? 0, 1));
    }
  }
}

/** namedtuple's field accessor: a read-only property over tuple indexing. */
function tupleGetter(index: number, doc: PyValue): PyProperty {
  const get = builtinFunction('_tuplegetter', (args) => {
    if (args.length < 1) throw typeError('descriptor needs an instance');
    return getItem(args[0]!, index);
  });
  const set = builtinFunction('_tuplegetter', () => { throw pyErr('AttributeError', "can't set attribute"); });
  const del = builtinFunction('_tuplegetter', () => { throw pyErr('AttributeError', "can't delete attribute"); });
  const p = new PyProperty(tupleGetterType, get, set, del, doc);
  tupleGetterIndex.set(p, index);
  return p;
}

/** namedtuple fields are properties of this type, with CPython's repr. */
const tupleGetterType = builtinType('_tuplegetter', propertyType, { subclassable: false, module: '_collections' });
const tupleGetterIndex = new WeakMap<PyProperty, number>();
defMethods(tupleGetterType, {
  __repr__: (self) => `_tuplegetter(${tupleGetterIndex.get(self as PyProperty) ?? 0}, ${repr((self as PyProperty).doc)})`,
});

/** _check_methods(C, *names): True if each name is defined (not None) along C's MRO, else NotImplemented. */
function checkMethods(args: PyValue[]): PyValue {
  const c = args[0];
  if (!(c instanceof PyType)) return NotImplemented;
  for (const name of args.slice(1)) {
    const n = asStr(name)!;
    let found = false;
    for (const b of c.mro) {
      const v = b.dict.getStr(n);
      if (v !== undefined) {
        if (v === None) return NotImplemented;
        found = true;
        break;
      }
    }
    if (!found) return NotImplemented;
  }
  return true;
}

// OrderedDict's views: dict views under CPython's odict_* type names.
const odictKeysType = builtinType('odict_keys', dictKeysType, { subclassable: false });
const odictValuesType = builtinType('odict_values', dictValuesType, { subclassable: false });
const odictItemsType = builtinType('odict_items', dictItemsType, { subclassable: false });

function odictView(args: PyValue[]): PyValue {
  const d = args[0];
  const kind = asStr(args[1] ?? None);
  if (!(d instanceof PyDict)) throw typeError('_odict_view expects an OrderedDict');
  if (kind === 'keys') return new PyDictView(odictKeysType, d, 'keys');
  if (kind === 'values') return new PyDictView(odictValuesType, d, 'values');
  return new PyDictView(odictItemsType, d, 'items');
}

registerModule('_collections', () => {
  const d = newDict();
  const m = new PyModule(moduleType, '_collections', d);
  d.setStr('__name__', '_collections');
  d.setStr('deque', dequeType);
  d.setStr('_count_elements', builtinFunction('_count_elements', (args) => {
    if (args.length !== 2) throw typeError(`_count_elements expected 2 arguments, got ${args.length}`);
    countElements(args[0]!, args[1]!);
    return None;
  }));
  d.setStr('_tuplegetter', builtinFunction('_tuplegetter', (args) => tupleGetter(Number(args[0]), args[1] ?? None)));
  d.setStr('_no_instance_dict', builtinFunction('_no_instance_dict', (args) => {
    const t = args[0];
    if (t instanceof PyType) t.hasInstanceDict = false;
    return None;
  }));
  d.setStr('_repr_guard', builtinFunction('_repr_guard', (args) => {
    const obj = args[0]!;
    const fallback = args[1]!;
    const fn = args[2];
    if (typeof obj !== 'object') return fn === undefined ? repr(obj) : callValue(fn, [], null);
    if (!reprEnter(obj)) return fallback;
    if (fn === undefined) {
      reprLeave(obj);
      return repr(obj);
    }
    try {
      return callValue(fn, [], null);
    } finally {
      reprLeave(obj);
    }
  }));
  // A class etpy writes in Python for one CPython writes in C keeps CPython's
  // tp_name ("collections.OrderedDict") in error messages: its own tpName
  // shadows the getter that gives classes their plain name.
  d.setStr('_set_tp_name', builtinFunction('_set_tp_name', (args) => {
    const t = args[0];
    const name = asStr(args[1] ?? None);
    if (t instanceof PyType && name !== undefined) Object.defineProperty(t, 'tpName', { value: name, configurable: true });
    return None;
  }));
  d.setStr('_odict_view', builtinFunction('_odict_view', odictView));
  d.setStr('_check_methods', builtinFunction('_check_methods', (args) => checkMethods(args)));
  void typeName;
  return m;
});

registerPythonModule('collections', collectionsSource);
// As in CPython, the ABCs live in _collections_abc (which calls itself
// collections.abc) and collections imports that: `collections.abc` is only
// bound once something imports it.
registerPythonModule('_collections_abc', collectionsAbcSource);
registerPythonModule('collections.abc', collectionsAbcReexportSource);

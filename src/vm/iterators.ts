// The builtin iterator types that are also classes: enumerate, zip, map,
// filter, reversed; plus the sequence iterator (iteration over __getitem__)
// and iter(callable, sentinel).
import { type KwArgs, PyIteratorObject, PyNativeIterator, PyObject, PyTuple, PyType, type PyValue, PyStaticMethod, PyException } from './object.js';
import { None, builtinType, iteratorType, setIteratorSetup, staticmethodType, tupleType, typeOf } from './types.js';
import { pyErr, typeError } from './errors.js';
import {
  callSpecial, eq, getItem, getIter, iterNext, setSequenceIterator, truthy, typeName, len,
} from './protocols.js';
import { bindNative, builtinFunction, callValue, defMethods } from './call.js';
import { intAdd, type Int } from './int-ops.js';
import { indexOf } from './slice.js';
import { excType } from './types.js';

function iteratorClass(name: string, make: (cls: PyType, args: PyValue[], kw: KwArgs | null) => () => PyValue | undefined): PyType {
  const t = builtinType(name);
  t.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
    const cls = args[0] as PyType;
    const refs = kw === null ? args.slice(1) : [...args.slice(1), ...kw.values()];
    return new PyIteratorObject(cls, make(cls, args.slice(1), kw), refs);
  })));
  defMethods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyIteratorObject).step();
      if (v === undefined) throw pyErr('StopIteration');
      return v;
    },
  });
  return t;
}

/** next() on anything, for iterators implemented in JS. */
export function nextOf(it: PyValue): PyValue | undefined {
  if (it instanceof PyIteratorObject && it.cls.builtin) return it.step();
  return iterNext(it);
}

export const enumerateType = iteratorClass('enumerate', (_cls, args, kw) => {
  if (args.length === 0 && (kw === null || kw.size === 0)) throw typeError("enumerate() missing required argument 'iterable'");
  const [iterable, start] = bindNative('enumerate', ['iterable', 'start'], args, kw, { required: 1 });
  const it = getIter(iterable!);
  let i: Int = start === undefined ? 0 : indexOf(start);
  return () => {
    const v = nextOf(it);
    if (v === undefined) return undefined;
    const out = new PyTuple(tupleType, [i, v]);
    i = intAdd(i, 1);
    return out;
  };
});

export const zipType = iteratorClass('zip', (_cls, args, kw) => {
  let strict = false;
  if (kw !== null && kw.size > 0) {
    if (kw.size > 1) throw typeError(`zip() takes at most 1 keyword argument (${kw.size} given)`);
    for (const [k, v] of kw) {
      if (k !== 'strict') throw typeError(`'${k}' is an invalid keyword argument for zip()`);
      strict = truthy(v);
    }
  }
  const its = args.map((a) => getIter(a));
  let done = its.length === 0;
  return () => {
    if (done) return undefined;
    const items: PyValue[] = [];
    for (let i = 0; i < its.length; i++) {
      const v = nextOf(its[i]!);
      if (v === undefined) {
        done = true;
        if (strict) {
          if (i > 0) throw pyErr('ValueError', `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : `-${i}`}`);
          for (let j = 1; j < its.length; j++) {
            if (nextOf(its[j]!) !== undefined) throw pyErr('ValueError', `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : `-${j}`}`);
          }
        }
        return undefined;
      }
      items.push(v);
    }
    return new PyTuple(tupleType, items);
  };
});

export const mapType = iteratorClass('map', (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('map() takes no keyword arguments');
  if (args.length < 2) throw typeError('map() must have at least two arguments.');
  const fn = args[0]!;
  const its = args.slice(1).map((a) => getIter(a));
  return () => {
    const vals: PyValue[] = [];
    for (const it of its) {
      const v = nextOf(it);
      if (v === undefined) return undefined;
      vals.push(v);
    }
    return callValue(fn, vals, null);
  };
});

export const filterType = iteratorClass('filter', (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('filter() takes no keyword arguments');
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  const fn = args[0]!;
  const it = getIter(args[1]!);
  return () => {
    for (;;) {
      const v = nextOf(it);
      if (v === undefined) return undefined;
      if (fn === None ? truthy(v) : truthy(callValue(fn, [v], null))) return v;
    }
  };
});

export const reversedType = iteratorClass('reversed', (_cls, args, kw) => {
  if (kw !== null && kw.size > 0) throw typeError('reversed() takes no keyword arguments');
  if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0]!;
  const rev = callSpecial(seq, '__reversed__', []);
  if (rev !== undefined) {
    const it = rev;
    return () => nextOf(it);
  }
  if (typeOf(seq).lookup('__getitem__') === undefined || typeOf(seq).lookup('__len__') === undefined || typeOf(seq).name === 'dict') {
    throw typeError(`'${typeName(seq)}' object is not reversible`);
  }
  let i = len(seq) - 1;
  return () => {
    if (i < 0) return undefined;
    return getItem(seq, i--);
  };
});

// reversed() of a type with __reversed__ returns that object itself.
reversedType.dict.setStr('__new__', new PyStaticMethod(staticmethodType, builtinFunction('__new__', (args, kw) => {
  const rest = args.slice(1);
  if (kw !== null && kw.size > 0) throw typeError('reversed() takes no keyword arguments');
  if (rest.length !== 1) throw typeError(`reversed expected 1 argument, got ${rest.length}`);
  const rev = callSpecial(rest[0]!, '__reversed__', []);
  if (rev !== undefined && rev !== None) return rev;
  if (typeOf(rest[0]!).lookup('__reversed__') === None) throw typeError(`'${typeName(rest[0]!)}' object is not reversible`);
  const seq = rest[0]!;
  if (typeOf(seq).lookup('__getitem__') === undefined || typeOf(seq).lookup('__len__') === undefined) {
    throw typeError(`'${typeName(seq)}' object is not reversible`);
  }
  let i = len(seq) - 1;
  return new PyIteratorObject(reversedType, () => (i < 0 ? undefined : getItem(seq, i--)), [seq]);
})));
reversedType.invalidate();

// The old sequence protocol: obj[0], obj[1], ... until IndexError.
setSequenceIterator((seq) => {
  let i = 0;
  let done = false;
  return new PyNativeIterator(iteratorType('iterator'), () => {
    if (done) return undefined;
    try {
      return getItem(seq, i++);
    } catch (e) {
      if (e instanceof PyException && (e.cls.isSubtypeOf(excType('IndexError')) || e.cls.isSubtypeOf(excType('StopIteration')))) {
        done = true;
        return undefined;
      }
      throw e;
    }
  }, [seq]);
});

/** iter(callable, sentinel) */
export function callableIterator(fn: PyValue, sentinel: PyValue): PyNativeIterator {
  let done = false;
  return new PyNativeIterator(iteratorType('callable_iterator'), () => {
    if (done) return undefined;
    let v: PyValue;
    try {
      v = callValue(fn, [], null);
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtypeOf(excType('StopIteration'))) {
        done = true;
        return undefined;
      }
      throw e;
    }
    if (eq(v, sentinel)) {
      done = true;
      return undefined;
    }
    return v;
  }, [fn, sentinel]);
}

// Native iterators are iterators to Python code too.
const nativeIteratorMethods = {
  __iter__: (self: PyValue) => self,
  __next__: (self: PyValue) => {
    const v = (self as PyNativeIterator).next();
    if (v === undefined) throw pyErr('StopIteration');
    return v;
  },
};
export function installIteratorMethods(t: PyType): void {
  defMethods(t, nativeIteratorMethods);
}
setIteratorSetup(installIteratorMethods);


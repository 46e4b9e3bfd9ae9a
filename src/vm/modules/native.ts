// Helpers shared by the native modules: building a module object from a
// table of functions and values, and CPython's argument conversions
// (PyFloat_AsDouble, PyNumber_Index) with their error messages.
import { type NativeFn, PyFloat, PyModule, type PyValue } from '../object.js';
import { moduleType, newDict, None, floatType } from '../types.js';
import { builtinFunction } from '../call.js';
import { typeError } from '../errors.js';
import { callSpecial, typeName } from '../protocols.js';
import { intOf } from '../number-arith.js';
import { type Int, big, intToNumber } from '../int-ops.js';
import { indexOf } from '../slice.js';

/** A module named `name` holding `values` and builtin functions made from `functions`. */
export function makeNativeModule(name: string, functions: Record<string, NativeFn>, values: Record<string, PyValue> = {}): PyModule {
  const d = newDict();
  const m = new PyModule(moduleType, name, d);
  d.setStr('__name__', name);
  d.setStr('__doc__', None);
  d.setStr('__package__', '');
  for (const [k, fn] of Object.entries(functions)) {
    const f = builtinFunction(k, fn);
    f.dict = null;
    d.setStr(k, f);
  }
  for (const [k, v] of Object.entries(values)) d.setStr(k, v);
  return m;
}

/**
 * A real-number argument as PyFloat_AsDouble sees it, keeping ints exact:
 * float → number, int → bigint, else __float__ (must return a float), else
 * __index__; TypeError "must be real number, not T" otherwise.
 */
export function realArg(v: PyValue): number | bigint {
  if (v instanceof PyFloat) return v.value;
  const i = intOf(v);
  if (i !== undefined) return big(i);
  const f = callSpecial(v, '__float__', []);
  if (f !== undefined) {
    if (!(f instanceof PyFloat)) throw typeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(f)})`);
    return f.value;
  }
  if (typeOfHasIndex(v)) return big(indexOf(v));
  throw typeError(`must be real number, not ${typeName(v)}`);
}

function typeOfHasIndex(v: PyValue): boolean {
  return typeof v === 'object' && v.cls.lookup('__index__') !== undefined;
}

/** A real-number argument as a double (OverflowError for ints too large). */
export function floatArg(v: PyValue): number {
  const r = realArg(v);
  if (typeof r === 'number') return r;
  const x = intToNumber(r);
  return x;
}

/** An integer argument through __index__, as bigint. */
export function bigIndexArg(v: PyValue): bigint {
  return big(indexOf(v));
}

export function intIndexArg(v: PyValue): Int {
  return indexOf(v);
}

export function makeFloatValue(x: number): PyFloat {
  return new PyFloat(x, floatType);
}

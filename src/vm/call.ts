// Calling any Python callable from native code, and the helpers native code
// uses to define builtin functions and methods with CPython's argument errors.
import {
  type KwArgs, type NativeFn, PyBuiltin, PyFunction, PyGetSet, PyMethod, PyMethodDescr, PyType, type PyValue,
} from './object.js';
import { builtinFunctionType, methodDescrType, typeOf, typeType } from './types.js';
import { typeError } from './errors.js';
import { newFrame } from './frame.js';
import { runFunctionFrame } from './eval.js';
import { enterNative, leaveNative } from './recursion.js';

/** Implemented by type-object.ts: calling a type object (instantiation). */
export const typeCallHook: { call: (t: PyType, args: PyValue[], kw: KwArgs | null) => PyValue } = {
  call: () => { throw new Error('type call not installed'); },
};

export function callValue(f: PyValue, args: PyValue[], kw: KwArgs | null = null): PyValue {
  if (f instanceof PyFunction) return runFunctionFrame(newFrame(f, args, kw));
  if (f instanceof PyBuiltin) {
    // CPython checks the C budget when calling builtins, except the calls its
    // specialized CALL forms make directly (most positional-only ones).
    if (f.self === undefined && ((kw !== null && kw.size > 0) || CHECKED_BUILTINS.has(f.name))) return callChecked(f, args, kw);
    return f.fn(args, kw);
  }
  if (f instanceof PyMethod) return callValue(f.func, [f.self, ...args], kw);
  if (f instanceof PyType) {
    // _PyObject_MakeTpCall for classes (heap types have no vectorcall).
    if (!f.builtin) return callChecked(f, args, kw);
    return typeCallHook.call(f, args, kw);
  }
  if (f instanceof PyMethodDescr) {
    if (args.length === 0) throw typeError(`unbound method ${f.owner.name}.${f.name}() needs an argument`);
    const self = args[0]!;
    if (!typeOf(self).isSubtypeOf(f.owner)) {
      if (isSlotWrapper(f.name)) {
        throw typeError(`descriptor '${f.name}' requires a '${f.owner.name}' object but received a '${typeOf(self).name}'`);
      }
      throw typeError(`descriptor '${f.name}' for '${f.owner.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
    }
    return f.fn(self, args.slice(1), kw);
  }
  const t = typeOf(f);
  const call = t.lookup('__call__');
  if (call === undefined) throw typeError(`'${t.name}' object is not callable`);
  enterNative(' while calling a Python object');
  try {
    return callViaDunder(f, t, call, args, kw);
  } finally {
    leaveNative();
  }
}

/** Builtins CPython calls through a checked path (METH_O functions). */
const CHECKED_BUILTINS = new Set(['repr', 'abs', 'ascii', 'bin', 'callable', 'chr', 'hash', 'hex', 'id', 'oct', 'ord', 'sorted', 'iter', 'aiter', 'anext']);

function callChecked(f: PyBuiltin | PyType, args: PyValue[], kw: KwArgs | null): PyValue {
  enterNative(' while calling a Python object');
  try {
    return f instanceof PyType ? typeCallHook.call(f, args, kw) : f.fn(args, kw);
  } finally {
    leaveNative();
  }
}

function callViaDunder(f: PyValue, t: PyType, call: PyValue, args: PyValue[], kw: KwArgs | null): PyValue {
  if (call instanceof PyFunction) return callValue(call, [f, ...args], kw);
  if (call instanceof PyMethodDescr) return call.fn(f, args, kw);
  throw typeError(`'${t.name}' object is not callable`);
}

/** Dunder methods CPython defines as ordinary methods rather than slot wrappers (their errors differ). */
const METHOD_DUNDERS = new Set([
  '__format__', '__reversed__', '__sizeof__', '__reduce__', '__reduce_ex__', '__getnewargs__', '__getnewargs_ex__',
  '__getstate__', '__setstate__', '__dir__', '__subclasshook__', '__init_subclass__', '__class_getitem__', '__round__',
  '__trunc__', '__floor__', '__ceil__', '__length_hint__', '__copy__', '__deepcopy__', '__enter__', '__exit__',
  '__instancecheck__', '__subclasscheck__', '__subclasses__', '__getitem__', '__missing__', '__contains__',
]);

function isSlotWrapper(name: string): boolean {
  return name.startsWith('__') && name.endsWith('__') && !METHOD_DUNDERS.has(name);
}

// ---------------------------------------------------------------------------
// Defining natives

export type MethodFn = (self: PyValue, args: PyValue[], kw: KwArgs | null) => PyValue;

export function builtinFunction(name: string, fn: NativeFn, qualname = name): PyBuiltin {
  return new PyBuiltin(builtinFunctionType, name, fn, undefined, qualname);
}

export function defMethod(t: PyType, name: string, fn: MethodFn): PyMethodDescr {
  const d = putMethod(t, name, fn);
  t.invalidate();
  return d;
}

/** Several methods at once: `{ name: fn }` (one invalidation of `t` and its subclasses for all). */
export function defMethods(t: PyType, methods: Record<string, MethodFn>): void {
  for (const [name, fn] of Object.entries(methods)) putMethod(t, name, fn);
  t.invalidate();
}

/** A method descriptor in `t`'s dict, before the caller invalidates `t`. */
function putMethod(t: PyType, name: string, fn: MethodFn): PyMethodDescr {
  const d = new PyMethodDescr(methodDescrType, name, t, fn);
  t.dict.setStr(name, d);
  return d;
}

export function defGetSet(t: PyType, name: string, get: (self: PyValue) => PyValue, set: ((self: PyValue, v: PyValue | undefined) => void) | null = null): void {
  t.dict.setStr(name, new PyGetSet(getsetDescriptorType(), name, t, get, set));
  t.invalidate();
}

let getsetType: PyType | null = null;
/** getset_descriptor (its methods: type-object.ts). */
export function getsetDescriptorType(): PyType {
  if (getsetType === null) {
    getsetType = new PyType(typeType, 'getset_descriptor', [typeType.mro[1]!], { builtin: true });
    getsetType.mro = [getsetType, typeType.mro[1]!];
  }
  return getsetType;
}

/** Raises CPython's error when keyword arguments reach a function that takes none. */
export function noKw(name: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

/** METH_NOARGS */
export function noArgs(name: string, args: PyValue[], kw: KwArgs | null): void {
  noKw(name, kw);
  if (args.length !== 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
}

/** METH_O */
export function oneArg(name: string, args: PyValue[], kw: KwArgs | null): PyValue {
  noKw(name, kw);
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** Argument Clinic's positional range check: `name expected at most N arguments, got M`. */
export function argRange(name: string, args: PyValue[], kw: KwArgs | null, min: number, max: number): void {
  noKw(name, kw);
  const n = args.length;
  if (n < min) {
    throw typeError(min === max
      ? `${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`
      : `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n > max) {
    throw typeError(min === max
      ? `${name} expected ${max} argument${max === 1 ? '' : 's'}, got ${n}`
      : `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
  }
}

/**
 * Binds positional and keyword arguments to parameter names, for natives
 * whose parameters may be passed by keyword, with the errors of Argument
 * Clinic's _PyArg_UnpackKeywords. Returns one slot per name (undefined when
 * not given). `required` counts the leading required parameters,
 * `positionalOnly` those that cannot be named, and parameters from
 * `maxPositional` on are keyword-only.
 */
export function bindNative(
  fname: string,
  names: readonly string[],
  args: PyValue[],
  kw: KwArgs | null,
  options: { required?: number; positionalOnly?: number; maxPositional?: number } = {},
): (PyValue | undefined)[] {
  const maxArgs = names.length;
  const maxPos = options.maxPositional ?? maxArgs;
  const posOnly = options.positionalOnly ?? 0;
  const minPos = options.required ?? 0;
  const nargs = args.length;
  let nkw = kw === null ? 0 : kw.size;
  if (nargs + nkw > maxArgs) {
    throw typeError(`${fname}() takes at most ${maxArgs} ${nargs === 0 ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${nargs + nkw} given)`);
  }
  if (nargs > maxPos) {
    if (maxPos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(`${fname}() takes ${minPos < maxPos ? 'at most' : 'exactly'} ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${nargs} given)`);
  }
  const minPosOnly = Math.min(posOnly, minPos);
  if (nargs < minPosOnly) {
    throw typeError(`${fname}() takes ${minPosOnly < maxPos ? 'at least' : 'exactly'} ${minPosOnly} positional argument${minPosOnly === 1 ? '' : 's'} (${nargs} given)`);
  }
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  for (let i = Math.max(nargs, posOnly); i < maxArgs; i++) {
    const v = nkw > 0 ? kw!.get(names[i]!) : undefined;
    if (v !== undefined) {
      out[i] = v;
      nkw--;
    } else if (i < minPos) {
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    } else if (nkw === 0) {
      break;
    }
  }
  if (nkw > 0) {
    for (let i = posOnly; i < nargs; i++) {
      if (kw!.has(names[i]!)) throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    }
    for (const k of kw!.keys()) {
      const i = names.indexOf(k);
      if (i < posOnly || i >= maxArgs) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

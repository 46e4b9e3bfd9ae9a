// super objects and the lookup they do: the MRO of the object's type after
// the given class, binding what is found as CPython's super_getattro does.
import { PyCell, PyClassMethod, PyMethod, PyObject, PyStaticMethod, PyType, type PyValue } from './object.js';
import { CO_FAST_CELL, CO_FAST_FREE } from '../bytecode/code.js';
import { interpState } from './state.js';
import { None, methodType, superType, typeOf } from './types.js';
import { pyErr, typeError } from './errors.js';
import { bindDescriptor, typeName } from './protocols.js';

/** Looks `name` up in `start`'s MRO after `after` (super's search). */
export function lookupAfter(start: PyType, after: PyType, name: string): PyValue | undefined {
  const mro = start.mro;
  let i = mro.indexOf(after) + 1;
  for (; i < mro.length; i++) {
    const v = mro[i]!.dict.getStr(name);
    if (v !== undefined) return v;
  }
  return undefined;
}


export class PySuper extends PyObject {
  constructor(readonly thisType: PyType, readonly obj: PyValue, readonly objType: PyType) {
    super(superType);
  }

  /** What it holds, for the reachability walks (release.ts). */
  get refs(): readonly PyValue[] {
    return [this.thisType, this.obj, this.objType];
  }
}

export function superNew(args: PyValue[]): PyValue {
  if (args.length === 0) return superWithoutArgs();
  const t = args[0]!;
  if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${typeName(t)}`);
  if (args.length === 1) return new PySuper(t, None, t);
  return makeSuper(t, args[1]!);
}

/**
 * super() called as a plain function (the compiler did not use
 * LOAD_SUPER_ATTR): the calling frame's first argument and its __class__
 * cell, as super_init_without_args.
 */
function superWithoutArgs(): PyValue {
  const frame = interpState.frame;
  if (frame === null || frame.func === null) throw pyErr('RuntimeError', 'super(): no current frame');
  const code = frame.code;
  if (code.co_argcount === 0) throw pyErr('RuntimeError', 'super(): no arguments');
  let first = frame.localsplus[0];
  if ((code.co_localspluskinds[0]! & CO_FAST_CELL) !== 0 && first instanceof PyCell) first = first.value;
  if (first === undefined) throw pyErr('RuntimeError', 'super(): arg[0] deleted');
  const names = code.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    if (names[i] !== '__class__' || (code.co_localspluskinds[i]! & CO_FAST_FREE) === 0) continue;
    const cell = frame.localsplus[i];
    if (!(cell instanceof PyCell)) throw pyErr('RuntimeError', 'super(): bad __class__ cell');
    const t = cell.value;
    if (t === undefined) throw pyErr('RuntimeError', 'super(): empty __class__ cell');
    if (!(t instanceof PyType)) throw pyErr('RuntimeError', `super(): __class__ is not a type (${typeName(t)})`);
    return makeSuper(t, first);
  }
  throw pyErr('RuntimeError', 'super(): __class__ cell not found');
}

export function makeSuper(t: PyType, obj: PyValue): PySuper {
  if (obj instanceof PyType && obj.isSubtypeOf(t)) return new PySuper(t, obj, obj);
  const ot = typeOf(obj);
  if (ot.isSubtypeOf(t)) return new PySuper(t, obj, ot);
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

export function superGetAttr(s: PySuper, name: string): PyValue {
  if (name !== '__class__') {
    const v = lookupAfter(s.objType, s.thisType, name);
    if (v !== undefined) return bindForSuper(v, s);
  }
  if (name === '__class__') return superType;
  if (name === '__thisclass__') return s.thisType;
  if (name === '__self__') return s.obj;
  if (name === '__self_class__') return s.objType;
  throw pyErr('AttributeError', `'super' object has no attribute '${name}'`);
}

/** descr.__get__(obj or NULL when obj is the start type itself, starttype), as super_getattro. */
export function bindForSuper(v: PyValue, s: PySuper): PyValue {
  if (s.obj !== s.objType) return bindDescriptor(v, s.obj, s.objType);
  if (v instanceof PyClassMethod) return new PyMethod(methodType, v.func, s.objType);
  if (v instanceof PyStaticMethod) return v.func;
  return v;
}


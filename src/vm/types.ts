// The builtin type objects and the singletons, created once at load; their
// methods are added by the per-type files (int.ts, str.ts, list.ts, ...).
// Also: C3 linearization and `typeOf`, the one place that maps a JS
// representation to its Python type.
import {
  PyDict, PyFloat, PyObject, PyType, type PyValue, dictTypeRef, floatTypeRef, noneRef,
} from './object.js';
import { BUILTIN_EXCEPTIONS } from '../runtime/exception-hierarchy.js';

function bootstrap(): { objectType: PyType; typeType: PyType; dictType: PyType } {
  const objectType = new PyType(null, 'object', [], { builtin: true });
  const typeType = new PyType(null, 'type', [objectType], { builtin: true });
  const dictType = new PyType(null, 'dict', [objectType], { builtin: true });
  for (const t of [objectType, typeType, dictType]) {
    t.cls = typeType;
    t.dict.cls = dictType;
  }
  dictTypeRef.type = dictType;
  objectType.mro = [objectType];
  typeType.mro = [typeType, objectType];
  dictType.mro = [dictType, objectType];
  objectType.subclasses.push(typeType, dictType);
  return { objectType, typeType, dictType };
}

export const { objectType, typeType, dictType } = bootstrap();

/** A builtin type; `base` defaults to object. */
export function builtinType(
  name: string, base: PyType = objectType,
  options: { module?: string; subclassable?: boolean; instanceDict?: boolean; instantiable?: boolean } = {},
): PyType {
  const t = new PyType(typeType, name, [base], { builtin: true, module: options.module, instanceDict: options.instanceDict });
  t.mro = [t, ...base.mro];
  base.subclasses.push(t);
  t.acceptsSubclasses = options.subclassable ?? true;
  t.instantiable = options.instantiable ?? true;
  return t;
}

export const intType = builtinType('int');
export const boolType = builtinType('bool', intType, { subclassable: false });
export const floatType = builtinType('float');
floatTypeRef.type = floatType;
export const complexType = builtinType('complex');
export const strType = builtinType('str');
export const bytesType = builtinType('bytes');
export const bytearrayType = builtinType('bytearray');
export const listType = builtinType('list');
export const tupleType = builtinType('tuple');
export const setType = builtinType('set');
export const frozensetType = builtinType('frozenset');
export const noneType = builtinType('NoneType', objectType, { subclassable: false });
export const notImplementedType = builtinType('NotImplementedType', objectType, { subclassable: false });
export const ellipsisType = builtinType('ellipsis', objectType, { subclassable: false });
export const functionType = builtinType('function', objectType, { subclassable: false, instanceDict: true });
export const builtinFunctionType = builtinType('builtin_function_or_method', objectType, { subclassable: false, instantiable: false });
export const methodDescrType = builtinType('method_descriptor', objectType, { subclassable: false, instantiable: false });
export const methodType = builtinType('method', objectType, { subclassable: false });
export const moduleType = builtinType('module', objectType, { instanceDict: true });
export const cellType = builtinType('cell', objectType, { subclassable: false });
export const codeType = builtinType('code', objectType, { subclassable: false });
export const rangeType = builtinType('range', objectType, { subclassable: false });
export const sliceType = builtinType('slice', objectType, { subclassable: false });
export const propertyType = builtinType('property');
export const classmethodType = builtinType('classmethod');
export const staticmethodType = builtinType('staticmethod');
export const generatorType = builtinType('generator', objectType, { subclassable: false, instantiable: false });
export const coroutineType = builtinType('coroutine', objectType, { subclassable: false, instantiable: false });
export const asyncGeneratorType = builtinType('async_generator', objectType, { subclassable: false, instantiable: false });
export const superType = builtinType('super');
export const mappingProxyType = builtinType('mappingproxy', objectType, { subclassable: false });

/** Native iterator types, named as CPython names them (they show in reprs and errors). */
const iteratorTypes = new Map<string, PyType>();
let iteratorSetup: ((t: PyType) => void) | null = null;
export function iteratorType(name: string): PyType {
  let t = iteratorTypes.get(name);
  if (t === undefined) {
    t = builtinType(name, objectType, { subclassable: false, instantiable: false });
    iteratorTypes.set(name, t);
    iteratorSetup?.(t);
  }
  return t;
}

/** Gives every native iterator type (existing and future) its __iter__/__next__. */
export function setIteratorSetup(f: (t: PyType) => void): void {
  iteratorSetup = f;
  for (const t of iteratorTypes.values()) f(t);
}

/** Singletons: None, NotImplemented, Ellipsis. */
export const None = new PyObject(noneType);
noneRef.value = None;
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);

/** The builtin exception classes by name (BaseException first). */
export const exceptionTypes = new Map<string, PyType>();
for (const info of BUILTIN_EXCEPTIONS) {
  const bases = info.bases.map((b) => (b === 'object' ? objectType : exceptionTypes.get(b)!));
  const t = new PyType(typeType, info.name, bases, { builtin: true, instanceDict: true });
  t.mro = c3(t, bases);
  for (const b of bases) b.subclasses.push(t);
  exceptionTypes.set(info.name, t);
}
export const baseExceptionType = exceptionTypes.get('BaseException')!;

export function excType(name: string): PyType {
  const t = exceptionTypes.get(name);
  if (t === undefined) throw new Error(`no exception type ${name}`);
  return t;
}

/**
 * C3 linearization (Objects/typeobject.c mro_implementation). Returns null
 * when no consistent order exists; the caller raises CPython's TypeError.
 */
export function c3OrNull(t: PyType, bases: readonly PyType[]): PyType[] | null {
  // One base: its MRO after the type (CPython's mro_implementation does the same).
  if (bases.length === 1) return [t, ...bases[0]!.mro];
  const seqs = bases.map((b) => [...b.mro]);
  seqs.push([...bases]);
  const out: PyType[] = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let pick: PyType | null = null;
    for (const s of live) {
      const head = s[0]!;
      if (!live.some((o) => o.indexOf(head) > 0)) { pick = head; break; }
    }
    if (pick === null) return null;
    out.push(pick);
    for (const s of live) if (s[0] === pick) s.shift();
  }
}

function c3(t: PyType, bases: readonly PyType[]): PyType[] {
  const mro = c3OrNull(t, bases);
  if (mro === null) throw new Error(`inconsistent MRO for ${t.name}`);
  return mro;
}

/** The Python type of any value. */
export function typeOf(v: PyValue): PyType {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return intType;
    case 'string':
      return strType;
    case 'boolean':
      return boolType;
    default:
      return v.cls;
  }
}

export function isFloat(v: PyValue): v is PyFloat {
  return v instanceof PyFloat;
}

export function newDict(): PyDict {
  return new PyDict(dictType);
}
